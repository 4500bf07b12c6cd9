import { beforeAll, describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/build';
import { realRelease } from '../helpers/fixtures';
import { loadPagefind, type SearchHit } from '../helpers/pagefind';
import { realReleaseData } from '../helpers/release-data';
import type { Lexicon } from '../../src/lib/search/search-vocabulary';
import { searchText, type SearchEngine } from '../../src/lib/search/search-results';
import { splitSentences } from '../../src/lib/text/sentences';

const release = `/releases/${realRelease}/`;
const dataPages = ['figures', 'instructions', 'people', 'timeline'].map((page) => `${release}data/${page}/`);
const { published, data } = realReleaseData();
let search: (query: string, filters?: Record<string, string>) => Promise<SearchHit[]>;
let engine: SearchEngine;
let lexicon: Lexicon;

beforeAll(async () => {
  ({ search, engine, lexicon } = await loadPagefind(siteDir));
});

const pageOf = (url: string): string => url.replace(/#.*$/u, '');

describe('the data pages in search', () => {
  it('finds each datum by its editorial data, as a result of its own under its own topic', async () => {
    const figure = (await search('Stolen funds recovered')).find((hit) => hit.url.includes('/figures/'));
    expect(figure?.url).toBe(`${release}data/figures/#figure-funds-recovered`);
    expect(figure?.meta['topic']).toBe('Release data');
    expect(figure?.filters['topic']).toEqual(['Asset recovery']);
    expect(pageOf((await search('Addressee not named'))[0]?.url ?? '')).toBe(`${release}data/instructions/`);
    const justice = await search('Ministry of Justice', { topic: 'Asset recovery' });
    expect(justice.map((hit) => pageOf(hit.url))).toEqual(
      expect.arrayContaining([`${release}data/instructions/`, `${release}data/people/`]),
    );
  });

  it('gives under a topic only the data of that topic', async () => {
    const drugs = await search('heroin', { topic: 'Asset recovery' });
    expect(drugs).toEqual([]);
    const figures = (await search('decrease', { topic: 'Drug trafficking' })).filter((hit) =>
      hit.url.includes('/data/'),
    );
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((hit) => hit.filters['topic']?.includes('Drug trafficking'))).toBe(true);
  });

  it('indexes each datum as sentences: no words of neighbouring fields run together', async () => {
    const [figure] = await search('Drug crimes on average');
    const content = (figure as SearchHit & { content: string }).content;
    expect(content).toBe('Drug crimes, on average. ↓ decrease 9%. Period not stated in the text.');
  });

  it('leaves the open-data and citation pages out of the index', async () => {
    const urls = (await search('the')).map((hit) => pageOf(hit.url));
    expect(urls).not.toContain(`${release}data/`);
    expect(urls).not.toContain(`${release}data/cite/`);
  });

  it.each(data.figures.map((figure) => [figure.id, figure.source.sentence, figure.source.path]))(
    'a figure’s sentence brings up its topic page first, not the figures (%s)',
    async (_, sentence, path) => {
      const answer = await searchText(engine, lexicon, sentence);
      expect(pageOf(answer.results[0]?.url ?? '')).toBe(`/${path.replace(/#.*$/u, '')}`);
    },
  );

  it('quotes no sentence of the official text into the index of a datum', async () => {
    const hits = (await search('the')).filter((hit) => dataPages.includes(pageOf(hit.url)));
    expect(new Set(hits.map((hit) => pageOf(hit.url)))).toEqual(new Set(dataPages));
    const sentences = published.paragraphs.flatMap((paragraph) => splitSentences(paragraph));
    for (const hit of hits) {
      const content = (hit as SearchHit & { content: string }).content;
      expect(content.length, hit.url).toBeGreaterThan(10);
      expect(
        sentences.filter((sentence) => content.includes(sentence)),
        hit.url,
      ).toEqual([]);
    }
  });
});
