import { describe, expect, it } from 'vitest';
import { publicAddress, siteAddress, withBase } from '../../src/lib/site/site-address';
import { paragraphAnchor } from '../../src/lib/text/paragraphs';

describe('siteAddress', () => {
  it('serves from the domain root by default', () => {
    expect(siteAddress({})).toEqual({ site: undefined, base: '/' });
  });

  it.each([
    ['press', '/press/'],
    ['/press', '/press/'],
    ['/press/', '/press/'],
    ['//a//b/', '/a/b/'],
    ['/', '/'],
  ])('normalises BASE_PATH %s to %s', (input, base) => {
    expect(siteAddress({ BASE_PATH: input }).base).toBe(base);
  });

  it.each([
    [
      'SITE_URL',
      'https://example.org/пресс/',
      /^SITE_URL: the path "\/пресс\/" holds "п" \(U\+043F\); a base path is written in ASCII letters/u,
    ],
    ['SITE_URL', 'https://example.org/a%2Fb/', /^SITE_URL: the path "\/a%2Fb\/" holds "%" \(U\+0025\)/u],
    ['SITE_URL', 'https://example.org/a%ZZ/', /^SITE_URL: the path "\/a%ZZ\/" holds "%"/u],
    ['BASE_PATH', '/пресс/', /^BASE_PATH: "\/пресс\/" holds "п" \(U\+043F\)/u],
    ['BASE_PATH', '/a b/', /^BASE_PATH: "\/a b\/" holds U\+0020/u],
    ['BASE_PATH', '/a/../b/', /^BASE_PATH: "\/a\/\.\.\/b\/" holds the segment "\.\."/u],
  ])('refuses %s %s, naming the character', (name, value, message) => {
    expect(() => siteAddress({ [name]: value })).toThrow(message);
  });

  it('keeps the origin of SITE_URL', () => {
    expect(siteAddress({ SITE_URL: 'https://example.org/' }).site).toBe('https://example.org');
  });

  it.each([
    'example.org',
    'ftp://example.org',
    'https://example.org/?a=1',
    'https://example.org/#top',
    'https://u@example.org/',
  ])('rejects SITE_URL %s, naming it', (value) => {
    expect(() => siteAddress({ SITE_URL: value })).toThrow(/^SITE_URL: /u);
  });
});

describe('siteAddress with a path in SITE_URL', () => {
  it.each(['https://example.org/press/', 'https://example.org/press', 'https://example.org//press//'])(
    'takes the base path from SITE_URL %s when BASE_PATH is not set',
    (value) => {
      expect(siteAddress({ SITE_URL: value })).toEqual({ site: 'https://example.org', base: '/press/' });
      expect(siteAddress({ SITE_URL: value, BASE_PATH: '' })).toEqual({ site: 'https://example.org', base: '/press/' });
    },
  );

  it('takes a path of several segments', () => {
    expect(siteAddress({ SITE_URL: 'https://example.org/a/b/' }).base).toBe('/a/b/');
  });

  it.each(['/press/', 'press', '/press'])('accepts BASE_PATH %s when it names the same path', (base) => {
    expect(siteAddress({ SITE_URL: 'https://example.org/press/', BASE_PATH: base })).toEqual({
      site: 'https://example.org',
      base: '/press/',
    });
  });

  it('lets BASE_PATH alone decide when SITE_URL has no path', () => {
    expect(siteAddress({ SITE_URL: 'https://example.org', BASE_PATH: '/press/' }).base).toBe('/press/');
  });

  it.each([
    ['https://example.org/press/', '/docs/'],
    ['https://example.org/press/', '/'],
    ['https://example.org/a/b/', '/a/'],
  ])('stops when SITE_URL %s and BASE_PATH %s disagree, naming both', (site, base) => {
    expect(() => siteAddress({ SITE_URL: site, BASE_PATH: base })).toThrow(
      /^SITE_URL and BASE_PATH disagree: SITE_URL ".+" has the path \/.*\/, BASE_PATH is \/.*/u,
    );
  });
});

describe('withBase', () => {
  it('joins a site path to the base path', () => {
    expect(withBase('releases/x/', '/press/')).toBe('/press/releases/x/');
    expect(withBase('/releases/x/', '/')).toBe('/releases/x/');
    expect(withBase('', '/press')).toBe('/press/');
  });
});

describe('paragraphAnchor', () => {
  it('gives paragraph n the id p<n>', () => {
    expect(paragraphAnchor(12)).toEqual({ id: 'p12', label: 'Paragraph 12, link to this paragraph' });
  });

  it.each([0, -1, 1.5])('refuses %s', (n) => {
    expect(() => paragraphAnchor(n)).toThrow(RangeError);
  });
});

describe('publicAddress', () => {
  it('is absolute when the origin is known, and the path itself when not', () => {
    expect(publicAddress('/press/releases/x/', 'https://example.org')).toBe('https://example.org/press/releases/x/');
    expect(publicAddress('/press/releases/x/', new URL('https://example.org/'))).toBe(
      'https://example.org/press/releases/x/',
    );
    expect(publicAddress('/press/releases/x/', undefined)).toBe('/press/releases/x/');
  });
});
