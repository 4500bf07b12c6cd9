import { themeScriptHash } from './theme.ts';

/**
 * The Content-Security-Policy of every page. Everything comes from the site's own origin; the only
 * inline script is the theme script, allowed by its hash (the build fails on any other inline
 * script or style); Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
 */
export function contentSecurityPolicy(delivery: 'header' | 'meta' = 'header'): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${themeScriptHash()} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  // A policy in a <meta> element cannot forbid framing; browsers warn when it tries.
  return (delivery === 'meta' ? directives.filter((d) => !d.startsWith('frame-ancestors')) : directives).join('; ');
}

/** The headers every response of the site carries, in the order they are written out. */
export function securityHeaders(): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy()],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
    ['X-Frame-Options', 'DENY'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
  ];
}

/**
 * The Content-Type of the text downloads, by extension: hosts' own lists may not know CSV or
 * BibTeX, or leave out the character set, which garbles the non-Latin text in them.
 */
export const downloadTypes: Readonly<Record<string, string>> = {
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A `_headers` file (Netlify, Cloudflare Pages) for a site served under `base`: the security
 * headers for every response, long caching for hashed assets, and the type of each text download
 * in `downloads` (site paths, base included). Downloads are named file by file: the two hosts do
 * not read a wildcard inside a path segment alike (`*.csv`), but both read a placeholder for a
 * whole segment, which stands for the release.
 */
export function headersFile(base: string, downloads: readonly string[] = []): string {
  const lines = [`${base}*`, ...securityHeaders().map(([name, value]) => `  ${name}: ${value}`)];
  // Hashed build assets never change under the same name.
  lines.push(`${base}_astro/*`, '  Cache-Control: public, max-age=31536000, immutable');
  // One rule per file of a release, whatever the release (`:release` matches one path segment, on
  // Netlify and Cloudflare Pages alike): the file keeps the same number of rules however many
  // releases there are, far inside Cloudflare's limit of 100.
  // A version in another language has its files under its language's segment (`ru/releases/…`):
  // one rule per language, not per release.
  const patterns = new Set(
    downloads.map((path) => {
      const folder = /^((?:[a-z]{2,3}\/)?releases\/)[^/]+\/(.+)$/u.exec(path.slice(base.length));
      return path.startsWith(base) && folder ? `${base}${folder[1] ?? ''}:release/${folder[2] ?? ''}` : path;
    }),
  );
  for (const pattern of patterns) {
    const type = downloadTypes[pattern.slice(pattern.lastIndexOf('.'))];
    if (type) lines.push(pattern, `  Content-Type: ${type}`);
  }
  lines.push('');
  return lines.join('\n');
}

/** The same headers as nginx `add_header` lines (the shipped deploy/nginx/snippets/releases-security-headers.conf). */
export function nginxHeaders(): string {
  return `${securityHeaders()
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n')}\n`;
}
