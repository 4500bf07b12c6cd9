import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pressBase, pressSiteDir, siteDir } from '../helpers/build';
import { readPage } from '../helpers/html';
import { expectedHeaderNames } from '../helpers/hostile';
import { sitePages } from '../helpers/pages';
import { contentSecurityPolicy, securityHeaders } from '../../src/lib/site/security-headers';

const builds = [
  { name: 'the root build', dir: siteDir, base: '/' },
  { name: `the ${pressBase} build`, dir: pressSiteDir, base: pressBase },
];

/** A policy as a map of directive → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/u);
        return [name, values];
      }),
  );
}

describe.each(builds)('$name', ({ dir, base }) => {
  // On a host that sends no headers (GitHub Pages), the <meta> element is the only policy there is.
  it.each(sitePages(dir))('page %s carries the Content-Security-Policy in a <meta> before any script', (path) => {
    const document = readPage(dir, path);
    const metas = [...document.querySelectorAll('meta')].filter(
      (meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
    );
    expect(metas).toHaveLength(1);
    const [meta] = metas;
    const policy = meta?.getAttribute('content') ?? '';
    expect(policy).toBe(contentSecurityPolicy('meta'));
    const parsed = directives(policy);
    expect(parsed.get('default-src')).toEqual(["'self'"]);
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    expect(parsed.get('base-uri')).toEqual(["'self'"]);
    expect(parsed.get('script-src')).not.toContain("'unsafe-inline'");
    expect(parsed.get('script-src')?.some((source) => source.startsWith("'sha256-"))).toBe(true);
    // A policy in a <meta> governs only what comes after it in the document.
    expect(meta?.parentElement?.tagName).toBe('HEAD');
    const head = [...(document.head?.children ?? [])];
    const firstCode = head.findIndex((el) => ['SCRIPT', 'LINK', 'STYLE'].includes(el.tagName));
    expect(head.indexOf(meta as Element)).toBeLessThan(firstCode < 0 ? Infinity : firstCode);
  });

  it('_headers gives every page every security header, the policy being the one in the pages', () => {
    const file = readFileSync(join(dir, '_headers'), 'utf8');
    const [first, ...rest] = file.split(/\n(?=\S)/u);
    const lines = (first ?? '').split('\n');
    expect(lines[0]).toBe(`${base}*`);
    const headers = new Map(
      lines.slice(1).map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
      }),
    );
    expect([...headers.keys()].sort()).toEqual([...expectedHeaderNames].sort());
    for (const [name, value] of securityHeaders()) expect(headers.get(name.toLowerCase())).toBe(value);
    expect(headers.get('content-security-policy')).toBe(`${contentSecurityPolicy('meta')}; frame-ancestors 'none'`);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(rest.join('\n')).toContain(`${base}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`);
  });

  it('_headers gives each CSV, BibTeX and text file its type, in UTF-8', () => {
    const file = readFileSync(join(dir, '_headers'), 'utf8');
    const types: Record<string, string> = {
      csv: 'text/csv; charset=utf-8',
      bib: 'application/x-bibtex; charset=utf-8',
      txt: 'text/plain; charset=utf-8',
    };
    const downloads = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) =>
      /\.(?:csv|bib|txt)$/u.test(path),
    );
    expect(downloads.filter((path) => path.endsWith('.csv')).length).toBeGreaterThan(0);
    expect(downloads.filter((path) => path.endsWith('.bib')).length).toBeGreaterThan(0);
    // The rules as Netlify and Cloudflare Pages read them: `:name` matches one path segment.
    const rules = [...file.matchAll(/^(\/\S*)\n((?: {2}.+\n)+)/gmu)].map(([, pattern = '', headers = '']) => ({
      matches: new RegExp(
        `^${pattern
          .replace(/[.]/gu, '\\.')
          .replace(/:[a-z]+/gu, '[^/]+')
          .replace(/\*/gu, '.*')}$`,
        'u',
      ),
      headers,
    }));
    for (const path of downloads) {
      const type = types[path.slice(path.lastIndexOf('.') + 1)];
      const typed = rules.filter(
        (rule) => rule.matches.test(`${base}${path}`) && rule.headers.includes('Content-Type:'),
      );
      expect(
        typed.map((rule) => rule.headers),
        path,
      ).toEqual([`  Content-Type: ${type}\n`]);
    }
    expect(rules.length).toBeLessThanOrEqual(100);
  });
});
