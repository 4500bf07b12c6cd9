import { beforeAll, describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/build';
import { realRelease } from '../helpers/fixtures';
import { loadPagefind, type SearchHit } from '../helpers/pagefind';
import { realReleaseData } from '../helpers/release-data';
import { splitSentences } from '../../src/lib/sentences';

const release = `/releases/${realRelease}/`;
const dataPages = ['figures', 'instructions', 'people', 'timeline'].map((page) => `${release}data/${page}/`);
const { published, data } = realReleaseData();
let search: (query: string, filters?: Record<string, string>) => Promise<SearchHit[]>;

beforeAll(async () => {
  ({ search } = await loadPagefind(siteDir));
});

describe('the data pages in search', () => {
  it('finds each data page by its editorial data, under the topics of its data', async () => {
    const [figures] = await search('Stolen funds recovered share');
    expect(figures?.url).toBe(`${release}data/figures/`);
    expect(figures?.meta['topic']).toBe('Release data');
    expect(figures?.filters['topic']?.sort()).toEqual(['Asset recovery', 'Drug trafficking']);
    expect((await search('Addressee not named'))[0]?.url).toBe(`${release}data/instructions/`);
    const justice = await search('Ministry of Justice', { topic: 'Asset recovery' });
    expect(justice.map((hit) => hit.url)).toEqual(
      expect.arrayContaining([`${release}data/instructions/`, `${release}data/people/`]),
    );
  });

  it('leaves the open-data and citation pages out of the index', async () => {
    const urls = (await search('the')).map((hit) => hit.url);
    expect(urls).not.toContain(`${release}data/`);
    expect(urls).not.toContain(`${release}data/cite/`);
  });

  it.each(data.figures.map((figure) => [figure.id, figure.source.sentence, figure.source.path]))(
    'a figure’s sentence brings up its topic page first, not the figures (%s)',
    async (_, sentence, path) => {
      const hits = await search(sentence);
      expect(hits[0]?.url).toBe(`/${path.replace(/#.*$/u, '')}`);
    },
  );

  it('quotes no sentence of the official text into the index of a data page', async () => {
    const hits = (await search('the')).filter((hit) => dataPages.includes(hit.url));
    expect(hits).toHaveLength(dataPages.length);
    const sentences = published.paragraphs.flatMap((paragraph) => splitSentences(paragraph));
    for (const hit of hits) {
      const content = (hit as SearchHit & { content: string }).content;
      expect(content.length, hit.url).toBeGreaterThan(100);
      expect(
        sentences.filter((sentence) => content.includes(sentence)),
        hit.url,
      ).toEqual([]);
    }
  });
});
