import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/integrations/release-loader';
import { SITE_TITLE_SUFFIX } from '../../src/lib/site/site-metadata';
import { pressBase, pressSiteDir, pressSiteUrl, projectRoot, siteDir } from '../helpers/build';
import { readPage } from '../helpers/html';
import { sitePages } from '../helpers/pages';
import { line } from '../helpers/source';

const pages = sitePages(pressSiteDir).filter((page) => page !== '404.html');
const release = 'releases/2019-01-28-stolen-assets-and-drug-trafficking/';
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

// Each topic page's title, as its file's frontmatter gives it.
const topicsDir = join(projectRoot, 'content', release, 'topics');
const topicTitles = new Map(
  readdirSync(topicsDir).map((file) => {
    const title = readFrontmatter(readFileSync(join(topicsDir, file), 'utf8'), file)['title'];
    return [`${release}${file.replace(/\.mdx$/u, '')}/`, String(title)];
  }),
);

/**
 * The title a link preview shows: a release's pages give the official headline (the published
 * text's first line), a topic page its title; any other page the title of its tab, without the
 * site's name.
 */
function shareTitle(page: string, doc: Document): string {
  if (page === release) return line(1);
  if (page === `${release}full-text/`) return `${line(1)} (full text)`;
  const topic = topicTitles.get(page);
  if (topic !== undefined) return topic;
  const title = doc.querySelector('title')?.textContent ?? '';
  const suffix = ` | ${SITE_TITLE_SUFFIX}`;
  return title.endsWith(suffix) ? title.slice(0, -suffix.length) : title;
}

describe('findable and shareable, with SITE_URL and BASE_PATH set', () => {
  it.each(pages)('%s has a canonical address, a description and Open Graph and Twitter tags', (page) => {
    const doc = readPage(pressSiteDir, page);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${pressSiteUrl}${pressBase}${page}`);
    expect(meta(doc, 'description')?.length).toBeGreaterThan(20);
    expect(meta(doc, 'og:title')).toBe(shareTitle(page, doc));
    expect(meta(doc, 'twitter:title')).toBe(shareTitle(page, doc));
    expect(meta(doc, 'og:description')).toBe(meta(doc, 'description'));
    expect(meta(doc, 'og:url')).toBe(`${pressSiteUrl}${pressBase}${page}`);
    expect(meta(doc, 'twitter:card')).toMatch(/^summary/u);
  });

  it.each(pages)('%s has a social card: a 1200×630 PNG of its own release or topic', (page) => {
    const doc = readPage(pressSiteDir, page);
    const image = meta(doc, 'og:image') ?? '';
    expect(meta(doc, 'twitter:image')).toBe(image);
    expect(image.startsWith(`${pressSiteUrl}${pressBase}social/`)).toBe(true);
    const png = readFileSync(join(pressSiteDir, image.slice(`${pressSiteUrl}${pressBase}`.length)));
    // PNG signature, then the IHDR chunk: width and height as 32-bit big-endian numbers.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const topic = /^releases\/[^/]+\/([^/]+)\/$/u.exec(page)?.[1];
    if (topic && !['full-text', 'data'].includes(topic)) expect(image.endsWith(`/${topic}.png`)).toBe(true);
  });

  it.each(['', 'drug-trafficking/', 'full-text/'])(
    'release page %s describes a NewsArticle by the office, published by this copy, based on the original',
    (sub) => {
      const doc = readPage(pressSiteDir, `${release}${sub}`);
      const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')];
      expect(scripts).toHaveLength(1);
      const data = JSON.parse(scripts[0]?.textContent ?? '{}') as Record<string, unknown>;
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('NewsArticle');
      expect(data['datePublished']).toBe('2019-01-28');
      expect(String(data['dateModified'])).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
      expect(data['inLanguage']).toBe('en');
      const office = {
        '@type': 'GovernmentOrganization',
        name: "General Prosecutor's Office of the Republic of Kazakhstan",
      };
      // The text's author is the press service that signs it, part of the office.
      const author = { '@type': 'GovernmentOrganization', name: line(57), parentOrganization: office };
      expect(data['author']).toEqual(author);
      // The page is not the office's: the copy's publisher publishes it, based on the office's release.
      expect(data['publisher']).toEqual({
        '@type': 'Organization',
        name: "an independent publisher, not the General Prosecutor's Office",
      });
      expect(data['isBasedOn']).toEqual({
        '@type': 'NewsArticle',
        headline: line(1),
        datePublished: '2019-01-28',
        author,
        publisher: office,
        inLanguage: 'en',
        url: 'http://m.prokuror.kz/eng/news/press-releases/general-prosecutors-office-they-discussed-issues-return-stolen-assets-and-fight',
      });
      expect(data['mainEntityOfPage']).toEqual({
        '@type': 'WebPage',
        '@id': `${pressSiteUrl}${pressBase}${release}${sub}`,
      });
      if (sub !== 'drug-trafficking/') expect(data['headline']).toBe(line(1));
    },
  );

  it('gives the 404 page no canonical address and keeps it out of indexes', () => {
    const doc = readPage(pressSiteDir, '404.html');
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(meta(doc, 'og:url')).toBeUndefined();
    expect(meta(doc, 'robots')).toBe('noindex');
  });

  it('lists every page in the sitemap, which robots.txt names', () => {
    const robots = readFileSync(join(pressSiteDir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${pressSiteUrl}${pressBase}sitemap-index.xml`);
    const sitemap = readFileSync(join(pressSiteDir, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]);
    expect(listed).toEqual(
      expect.arrayContaining(pages.filter((p) => p !== 'search/').map((p) => `${pressSiteUrl}${pressBase}${p}`)),
    );
  });

  it('has a feed with one item per release', () => {
    const feed = readFileSync(join(pressSiteDir, 'feed.xml'), 'utf8');
    const items = [...feed.matchAll(/<item>[\s\S]*?<\/item>/gu)].map((m) => m[0]);
    expect(items).toHaveLength(1);
    expect(items[0]).toContain(`<link>${pressSiteUrl}${pressBase}${release}</link>`);
    expect(items[0]).toContain(line(1));
  });

  it('without SITE_URL, leaves out what needs an absolute address, and still builds', () => {
    const doc = readPage(siteDir, release);
    expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
    expect(readFileSync(join(siteDir, 'robots.txt'), 'utf8')).not.toContain('Sitemap:');
    expect(() => readFileSync(join(siteDir, 'feed.xml'))).toThrow();
  });
});
