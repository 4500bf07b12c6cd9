import { themeScriptHash } from './theme';

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

/** A `_headers` file (Netlify, Cloudflare Pages) for a site served under `base`. */
export function headersFile(base: string): string {
  const lines = [`${base}*`, ...securityHeaders().map(([name, value]) => `  ${name}: ${value}`)];
  // Hashed build assets never change under the same name.
  lines.push(`${base}_astro/*`, '  Cache-Control: public, max-age=31536000, immutable', '');
  return lines.join('\n');
}

/** The same headers as nginx `add_header` lines (the shipped deploy/nginx/security-headers.conf). */
export function nginxHeaders(): string {
  return `${securityHeaders()
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n')}\n`;
}
