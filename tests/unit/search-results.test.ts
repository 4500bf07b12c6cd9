import { describe, expect, it } from 'vitest';
import { englishRules, parseQuery, splitWords } from '../../src/lib/search/search-query';
import {
  MAX_CANDIDATES,
  rankPages,
  searchText,
  type PageData,
  type SearchEngine,
} from '../../src/lib/search/search-results';
import { countWords, lexicon } from '../../src/lib/search/search-vocabulary';

const page = (url: string, paragraphs: string[], topic = 'Topic'): PageData => {
  let location = 1;
  const anchors = paragraphs.map((text, i) => {
    const anchor = { element: 'p', id: `p${i + 1}`, text, location };
    location += splitWords(text).length;
    return anchor;
  });
  return { url, content: ['Title.', ...paragraphs].join(' '), meta: { title: 'Title', topic }, anchors };
};

describe('rankPages', () => {
  const pages = [
    page('/a/', ['The Ministry of Health was told.', 'Officers of the courts.']),
    page('/b/', ['Drugs were seized.', 'The Ministry of Justice was tasked.', 'Justice for the ministry.']),
  ];

  it('puts first the page and paragraph that hold the query word for word, and links to it', () => {
    const [first, second] = rankPages(pages, parseQuery('Ministry of Justice', englishRules));
    expect(first?.url).toBe('/b/#p2');
    expect(first?.paragraphs.map((p) => p.id)).toEqual(['p2', 'p3']);
    expect(second).toBeUndefined();
  });

  it('drops pages that do not hold every word', () => {
    expect(rankPages(pages, parseQuery('ministry seized', englishRules)).map((result) => result.url)).toEqual([
      '/b/#p1',
    ]);
    expect(rankPages(pages, parseQuery('ministry synthetic', englishRules))).toEqual([]);
  });

  it('shows paragraphs with some of the words after those with all, highlighting only real matches', () => {
    const [result] = rankPages(pages, parseQuery('ministry seized', englishRules));
    expect(result?.paragraphs.map((p) => [p.id, p.complete])).toEqual([
      ['p1', false],
      ['p2', false],
      ['p3', false],
    ]);
    const marked = result?.paragraphs.flatMap((p) => p.segments.filter((s) => s.mark).map((s) => s.text));
    expect(marked).toEqual(['seized', 'Ministry', 'ministry']);
  });

  it('ranks release data after the official text', () => {
    const data = {
      ...page('/data/', ['x']),
      content: 'Ministry of Justice',
      anchors: [],
      meta: { title: 'Data', topic: 'Release data' },
    };
    expect(
      rankPages([data, ...pages], parseQuery('Ministry of Justice', englishRules)).map((result) => result.url),
    ).toEqual(['/b/#p2', '/data/']);
  });
});

describe('searchText', () => {
  const pages = [page('/b/', ['Drugs were seized, 387 kg of heroin.', 'The Ministry of Justice was tasked.'])];
  const asked: string[] = [];
  const engine: SearchEngine = {
    search: async (query) => {
      asked.push(query);
      return { results: pages.map((data) => ({ id: data.url, data: async () => data })) };
    },
  };
  const words = lexicon(countWords(pages.map((p) => p.content)), englishRules);

  it('says which words are not in the text, offers near words, and searches for the others', async () => {
    const answer = await searchText(engine, words, 'synthetic drugs herion');
    expect(answer.absent).toEqual(['synthetic', 'herion']);
    expect(answer.suggestions).toEqual([{ word: 'herion', options: ['heroin'] }]);
    expect(answer.searched).toEqual(['drugs']);
    expect(asked.at(-1)).toBe('drugs');
    expect(answer.results.map((result) => result.url)).toEqual(['/b/#p1']);
  });

  it('says when Pagefind had more candidates than are checked', async () => {
    const many: SearchEngine = {
      search: async () => ({
        results: Array.from({ length: MAX_CANDIDATES + 1 }, (_, i) => ({
          id: String(i),
          data: async () => ({ ...pages[0]!, url: `/p${i}/` }),
        })),
      }),
    };
    const answer = await searchText(many, words, 'heroin');
    expect(answer.truncated).toBe(true);
    expect(answer.results).toHaveLength(MAX_CANDIDATES);
    expect((await searchText(engine, words, 'heroin')).truncated).toBe(false);
  });

  it('does not search when no word asked for is in the text, nor for little words alone', async () => {
    const before = asked.length;
    expect((await searchText(engine, words, 'Kyrgyzstan')).results).toEqual([]);
    const common = await searchText(engine, words, 'of the');
    expect(common.tooCommon).toBe(true);
    expect(common.results).toEqual([]);
    expect(asked.length).toBe(before);
  });
});
