import { beforeAll, describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/build';
import { realRelease } from '../helpers/fixtures';
import { readPage } from '../helpers/html';
import { loadPagefind, pagefindFragments, type SearchHit } from '../helpers/pagefind';
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

/**
 * The text of an element as a reader sees it, each element's words set apart from its
 * neighbours'; what is marked `data-pagefind-ignore` (the quoted official sentence) or hidden is
 * left out.
 */
function shownText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  if (element.hasAttribute('data-pagefind-ignore') || element.hasAttribute('hidden')) return '';
  return [...element.childNodes]
    .map((child) => (child.nodeType === 1 ? ` ${shownText(child)} ` : shownText(child)))
    .join('');
}

/** Text with white space collapsed, and no space inside brackets and quotation marks or before punctuation. */
const tidy = (text: string): string =>
  text
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.;:!?)”])/gu, '$1')
    .replace(/([(“])\s+/gu, '$1')
    .trim();

/**
 * A card of a built data page as a search record would read it: each element in the card a field
 * (text between them belonging to the field before), each field ended as a sentence; titled by the
 * page's heading, the heading of its group and its first field.
 */
function cardAsRecord(page: Document, card: Element): { content: string; title: string } {
  const raw: string[] = [];
  for (const child of card.childNodes) {
    if (child.nodeType === 1 || raw.length === 0) raw.push(shownText(child));
    else raw[raw.length - 1] += shownText(child);
  }
  const fields = raw.map(tidy).filter((field) => field !== '');
  const group = tidy(card.closest('section')?.querySelector('h2')?.textContent ?? '');
  const name = [group, fields[0]].filter(Boolean).join(' — ');
  const heading = tidy(page.querySelector('h1')?.textContent ?? '');
  return {
    content: fields.map((field) => (/[.!?:;]$/u.test(field) ? field : `${field}.`)).join(' '),
    title: name ? `${heading}: ${name}` : heading,
  };
}

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

  it('holds each datum as its card on its data page reads, every card of the pages and nothing else', () => {
    const records = pagefindFragments(siteDir).filter((fragment) => dataPages.includes(pageOf(fragment.url)));
    const cards = dataPages.flatMap((page) => {
      const document = readPage(siteDir, page.slice(1));
      // The publication is the release's own date, not a datum of the text.
      return [...document.querySelectorAll('.data-page li.data-card[id]:not(#publication)')].map((card) => ({
        url: `${page}#${card.id}`,
        ...cardAsRecord(document, card),
      }));
    });
    expect(cards.length).toBe(Object.values(data).flat().length);
    expect(
      records.map((record) => ({ url: record.url, content: record.content, title: record.meta['title'] })),
    ).toEqual(cards.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)));
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
