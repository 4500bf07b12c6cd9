import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, nginxHeaders, securityHeaders } from '../../src/lib/site/security-headers';
import { THEME_SCRIPT } from '../../src/lib/site/theme';
import { inlineCodeOutsidePolicy } from '../../src/integrations/static-host';

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    contentSecurityPolicy()
      .split('; ')
      .map((directive) => {
        const [name = '', ...values] = directive.split(' ');
        return [name, values] as const;
      }),
  );

  it('allows only the own origin, the theme script by its hash, and WebAssembly for search', () => {
    const hash = `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'", hash, "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/u);
  });
});

describe('headers for static hosts', () => {
  it('_headers applies every security header to every page under the base path', () => {
    const file = headersFile('/press/');
    expect(file.split('\n')[0]).toBe('/press/*');
    for (const [name, value] of securityHeaders()) expect(file).toContain(`  ${name}: ${value}\n`);
  });

  it('_headers names each text download with its type, and nothing else', () => {
    const file = headersFile('/press/', [
      '/press/a/figures.csv',
      '/press/a/citation.bib',
      '/press/a/text.txt',
      '/press/a/x.pdf',
    ]);
    expect(file).toContain('\n/press/a/figures.csv\n  Content-Type: text/csv; charset=utf-8\n');
    expect(file).toContain('\n/press/a/citation.bib\n  Content-Type: application/x-bibtex; charset=utf-8\n');
    expect(file).toContain('\n/press/a/text.txt\n  Content-Type: text/plain; charset=utf-8\n');
    expect(file).not.toContain('x.pdf');
  });

  it("_headers has as many rules with 1, 20 or 300 releases, within the hosts' limits", () => {
    const release = (n: number): string[] =>
      ['data/figures.csv', 'data/citation.bib', 'press-release.txt'].map((file) => `/press/releases/r-${n}/${file}`);
    const rules = (count: number): number => {
      const file = headersFile('/press/', [
        ...Array.from({ length: count }, (_, n) => release(n)).flat(),
        '/press/robots.txt',
      ]);
      return file.split('\n').filter((line) => line.startsWith('/')).length;
    };
    expect(rules(1)).toBe(6);
    expect(rules(20)).toBe(rules(1));
    expect(rules(300)).toBe(rules(1));
    expect(headersFile('/press/', release(7))).toContain(
      '\n/press/releases/:release/data/figures.csv\n  Content-Type: text/csv; charset=utf-8\n',
    );
  });

  it('the shipped nginx snippet is the same list of headers', async () => {
    for (const [name] of securityHeaders()) expect(nginxHeaders()).toContain(`add_header ${name} `);
    // `npx vitest run tests/unit/security-headers.test.ts -u` rewrites the snippet after a change of src/lib/site/security-headers.ts.
    await expect(
      `# Security headers for every response of the site, from src/lib/site/security-headers.ts.\n# Regenerate with \`npx vitest run -u tests/unit/security-headers.test.ts\`; do not edit.\n${nginxHeaders()}`,
    ).toMatchFileSnapshot('../../deploy/nginx/snippets/releases-security-headers.conf');
  });
});

describe('inlineCodeOutsidePolicy', () => {
  it('accepts external scripts, JSON-LD and the theme script', () => {
    const html = `<script>${THEME_SCRIPT}</script><script type="module" src="/a.js"></script><script type="application/ld+json">{}</script>`;
    expect(inlineCodeOutsidePolicy(html)).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', 'inline <script>'],
    ['<script data-src="x">alert(1)</script>', 'inline <script>'],
    ['<style>p{}</style>', 'inline <style'],
    ['<p style="color:red">x</p>', 'style attribute'],
    ['<img src="x" onerror="alert(1)">', 'event handler'],
    ['<a href="/" ONCLICK="x()">x</a>', 'event handler'],
  ])('reports %s', (html, kind) => {
    expect(inlineCodeOutsidePolicy(html)[0]).toContain(kind);
  });

  it('takes text and attribute values that look like code for text', () => {
    const html =
      '<meta name="description" content="Approved online=yes style=x"><p>a onload=1 &lt;style&gt; &lt;script&gt;x()</p>';
    expect(inlineCodeOutsidePolicy(html)).toEqual([]);
  });
});
