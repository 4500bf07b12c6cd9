import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pressSiteDir, siteDir } from '../helpers/build';
import { sitePages } from '../helpers/pages';
import type { SearchAnswer } from '../../src/lib/search/search-results';
import { routes } from '../../src/lib/site/routes';
import { countWords, type Vocabulary } from '../../src/lib/search/search-vocabulary';
import { loadPagefind, pagefindFragments, type SearchHit } from '../helpers/pagefind';

const release = '/releases/2019-01-28-stolen-assets-and-drug-trafficking/';
const dataPages = ['figures', 'instructions', 'people', 'timeline'].map((page) => `${release}data/${page}/`);
/** The page a result belongs to: a datum's record is on its data page. */
const pageOf = (url: string): string => url.replace(/#.*$/u, '');
const isData = (url: string): boolean => dataPages.includes(pageOf(url));
let search: (query: string, filters?: Record<string, string>) => Promise<SearchHit[]>;
let filters: () => Promise<Record<string, Record<string, number>>>;
let ask: (query: string, topic?: string) => Promise<SearchAnswer>;

beforeAll(async () => {
  ({ search, filters, ask } = await loadPagefind(siteDir));
});

describe('the built search index', () => {
  it.each([
    { query: '387 kg of heroin', page: `${release}drug-trafficking/` },
    { query: 'objective accounting of drug addicts', page: `${release}drug-trafficking/` },
    { query: 'financial intelligence units', page: `${release}asset-recovery/` },
    { query: 'automatic verification of debtors', page: `${release}asset-recovery/` },
    { query: 'first half of 2019', page: `${release}work-plan/` },
    { query: 'Gabit Baizhanov', page: release },
  ])('"$query" brings up $page first, for the reader', async ({ query, page }) => {
    const { results } = await ask(query);
    expect(pageOf(results[0]?.url ?? '')).toBe(page);
  });

  it('indexes each paragraph once: the full text, home and 404 pages are not in the index', async () => {
    // The data pages are indexed too, datum by datum; the official text is on topic pages only.
    const hits = await search('heroin');
    expect(hits.map((hit) => hit.url).filter((url) => !isData(url))).toEqual([`${release}drug-trafficking/`]);
    const everything = await search('the');
    const urls = [...new Set(everything.map((hit) => pageOf(hit.url)))].sort();
    expect(urls).toEqual(
      [
        release,
        `${release}drug-trafficking/`,
        `${release}asset-recovery/`,
        `${release}work-plan/`,
        ...dataPages,
      ].sort(),
    );
  });

  it('is given the pages that mark a body, and says how many: the count the index holds', () => {
    const file = (page: string): string => join(siteDir, page.endsWith('.html') ? page : `${page}index.html`);
    const bodies = sitePages(siteDir).filter((page) => readFileSync(file(page), 'utf8').includes('data-pagefind-body'));
    const said = /Pagefind indexed (\d+) pages and (\d+) data records/u.exec(readFileSync(`${siteDir}.log`, 'utf8'));
    expect(said).not.toBeNull();
    expect(Number(said?.[1])).toBe(bodies.length);
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages['en']?.page_count).toBe(bodies.length + Number(said?.[2]));
  });

  it('writes the word list of exactly the text the index holds, and does not publish what it was made from', () => {
    for (const dir of [siteDir, pressSiteDir]) {
      const vocabulary = JSON.parse(readFileSync(join(dir, 'pagefind/vocabulary.json'), 'utf8')) as Vocabulary;
      expect(vocabulary, dir).toEqual(countWords(pagefindFragments(dir).map((fragment) => fragment.content)));
      expect(Object.keys(vocabulary.words).length, dir).toBeGreaterThan(300);
      expect(existsSync(join(dir, routes.searchInput.path())), dir).toBe(false);
    }
  });

  it('indexes the main content only, not the header, search form or footer', async () => {
    expect(await search('verbatim')).toEqual([]);
    expect(await search('Skip')).toEqual([]);
  });

  it('gives each result its title, topic and a highlighted excerpt, the official text first', async () => {
    const [first, ...rest] = (await ask('heroin')).results;
    expect(first?.title).toBe('Countering drug trafficking and drug addiction');
    expect(first?.topic).toBe('Drug trafficking');
    expect(first?.segments.filter((segment) => segment.mark).map((segment) => segment.text)).toEqual(['heroin']);
    expect(rest.every((result) => result.data && result.topic === 'Release data')).toBe(true);
  });

  it('narrows results to one topic with the topic filter', async () => {
    const all = await search('General Prosecutor');
    expect(new Set(all.map((hit) => hit.url)).size).toBeGreaterThan(1);
    const narrowed = await search('General Prosecutor', { topic: 'Asset recovery' });
    expect(pageOf((await ask('General Prosecutor', 'Asset recovery')).results[0]?.url ?? '')).toBe(
      `${release}asset-recovery/`,
    );
    expect(narrowed.map((hit) => hit.url).filter((url) => !isData(url))).toEqual([`${release}asset-recovery/`]);
    expect(narrowed.every((hit) => hit.filters['topic']?.includes('Asset recovery'))).toBe(true);
    expect(Object.keys((await filters())['topic'] ?? {}).sort()).toEqual([
      'Asset recovery',
      'Drug trafficking',
      'Overview',
      'Work plan',
    ]);
  });
});
