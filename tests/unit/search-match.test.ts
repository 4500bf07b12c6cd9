import { describe, expect, it } from 'vitest';
import {
  countWords,
  editDistance,
  lexicon,
  matchWindow,
  parseQuery,
  splitWords,
  stem,
  windowSegments,
  wordMatches,
} from '../../src/lib/search/search-match';
import {
  MAX_CANDIDATES,
  rankPages,
  searchText,
  type PageData,
  type SearchEngine,
} from '../../src/lib/search/search-results';

const word = (text: string) => parseQuery(text).words[0] ?? parseQuery('x').words[0]!;
const marks = (text: string, query: string): string[] => {
  const tokens = splitWords(text);
  return [...matchWindow(tokens, parseQuery(query)).marked].sort((a, b) => a - b).map((i) => tokens[i] ?? '');
};

describe('stem', () => {
  it('joins the inflected forms of a word', () => {
    expect(stem('drugs')).toBe(stem('drug'));
    expect(stem('seized')).toBe(stem('seize'));
    expect(stem('agencies')).toBe(stem('agency'));
    expect(stem('Prosecutor’s'.replace('’', "'"))).toBe(stem('prosecutor'));
    expect(stem('decreased')).toBe(stem('decrease'));
  });

  it('keeps different words apart', () => {
    expect(stem('officers')).not.toBe(stem('office'));
    expect(stem('assets')).not.toBe(stem('as'));
    expect(stem('criminal')).not.toBe(stem('crime'));
  });
});

describe('wordMatches', () => {
  it('finds a word in its forms and through punctuation', () => {
    expect(wordMatches('Prosecutor’s', word('prosecutor'))).toBe(true);
    expect(wordMatches("debtors'", word('debtor'))).toBe(true);
    expect(wordMatches('drug-related', word('related'))).toBe(true);
    expect(wordMatches('(“Since', word('since'))).toBe(true);
  });

  it('never takes a prefix for the word', () => {
    expect(wordMatches('K.', word('Kyrgyzstan'))).toBe(false);
    expect(wordMatches('as', word('asets'))).toBe(false);
    expect(wordMatches('officers', word('of'))).toBe(false);
  });

  it('matches numbers as written', () => {
    expect(wordMatches('17%', word('17%'))).toBe(true);
    expect(wordMatches('17%', word('17'))).toBe(true);
    expect(wordMatches('17', word('17%'))).toBe(false);
    expect(wordMatches('1,5', word('1,5'))).toBe(true);
    expect(wordMatches('15%,', word('1,5'))).toBe(false);
    expect(wordMatches('2019.', word('2019'))).toBe(true);
    expect(wordMatches('20190', word('2019'))).toBe(false);
    expect(wordMatches('2.', word('2020'))).toBe(false);
  });
});

describe('parseQuery', () => {
  it('requires every word but the little ones, and each quoted phrase', () => {
    const query = parseQuery('Ministry of Justice "stolen funds"');
    expect(query.required.map((part) => part.label)).toEqual(['Ministry', 'Justice', 'stolen funds']);
    expect(query.phrases).toHaveLength(1);
  });

  it('asks for little words only when nothing else is asked', () => {
    expect(parseQuery('of the').required.map((part) => part.label)).toEqual(['of', 'the']);
  });
});

describe('matchWindow', () => {
  it('highlights a little word only inside the whole query or a phrase', () => {
    expect(marks('The Ministry of Justice was tasked; the Ministry of Health', 'Ministry of Justice')).toEqual([
      'Ministry',
      'of',
      'Justice',
      'Ministry',
    ]);
    expect(marks('the return of stolen assets', 'of')).toEqual([]);
  });

  it('finds a quoted phrase only in its order', () => {
    expect(matchWindow(splitWords('funds stolen'), parseQuery('"stolen funds"')).complete).toBe(false);
    expect(matchWindow(splitWords('the stolen funds.'), parseQuery('"stolen funds"')).complete).toBe(true);
  });

  it('prefers all the words, then the query word for word, then words close together', () => {
    const query = parseQuery('stolen assets');
    const phrase = matchWindow(splitWords('return of stolen assets'), query);
    const apart = matchWindow(splitWords('stolen funds and their assets'), query);
    const some = matchWindow(splitWords('assets only'), query);
    expect(phrase.sequence && phrase.complete).toBe(true);
    expect(apart.complete && !apart.sequence).toBe(true);
    expect(apart.span).toBe(5);
    expect(some.complete).toBe(false);
  });
});

describe('windowSegments', () => {
  it('cuts long text to a window around the focus and merges neighbouring highlights', () => {
    const tokens = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const segments = windowSegments(tokens, new Set([60, 61]), parseQuery('w60 w61'), 10);
    const text = segments.map((s) => s.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['w60 w61']);
  });

  it('highlights only the words asked for inside a word of the text, without punctuation', () => {
    const segments = windowSegments(
      ['countering', 'drug-related', '“crime”.'],
      new Set([1, 2]),
      parseQuery('drugs crime'),
    );
    expect(segments).toEqual([
      { text: 'countering ', mark: false },
      { text: 'drug', mark: true },
      { text: '-related “', mark: false },
      { text: 'crime', mark: true },
      { text: '”.', mark: false },
    ]);
  });
});

describe('lexicon', () => {
  const words = lexicon(
    countWords(['97 tons of various drugs were seized, including 387 kg of heroin; 1,5 thousand. Assets, 17%.']),
  );

  it('knows the words of the text in their forms, and numbers as written', () => {
    expect(words.has(word('drug'))).toBe(true);
    expect(words.has(word('asset'))).toBe(true);
    expect(words.has(word('17'))).toBe(true);
    expect(words.has(word('1,5'))).toBe(true);
    expect(words.has(word('1500'))).toBe(false);
    expect(words.has(word('synthetic'))).toBe(false);
  });

  it('offers the nearest words for a misspelt one, and a number only with the other separator', () => {
    expect(words.nearest(word('asets'))).toEqual(['assets']);
    expect(words.nearest(word('herion'))).toEqual(['heroin']);
    expect(words.nearest(word('Kyrgyzstan'))).toEqual([]);
    expect(words.nearest(word('1.5'))).toEqual(['1,5']);
    expect(words.nearest(word('1500'))).toEqual([]);
    expect(words.nearest(word('hero'))).toEqual(['heroin']);
    expect(words.nearest(word('var'))).toEqual(['various']);
  });

  it('measures edit distance with swaps of neighbours as one edit', () => {
    expect(editDistance('herion', 'heroin')).toBe(1);
    expect(editDistance('asets', 'assets')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

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
    const [first, second] = rankPages(pages, parseQuery('Ministry of Justice'));
    expect(first?.url).toBe('/b/#p2');
    expect(first?.paragraphs.map((p) => p.id)).toEqual(['p2', 'p3']);
    expect(second).toBeUndefined();
  });

  it('drops pages that do not hold every word', () => {
    expect(rankPages(pages, parseQuery('ministry seized')).map((result) => result.url)).toEqual(['/b/#p1']);
    expect(rankPages(pages, parseQuery('ministry synthetic'))).toEqual([]);
  });

  it('shows paragraphs with some of the words after those with all, highlighting only real matches', () => {
    const [result] = rankPages(pages, parseQuery('ministry seized'));
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
    expect(rankPages([data, ...pages], parseQuery('Ministry of Justice')).map((result) => result.url)).toEqual([
      '/b/#p2',
      '/data/',
    ]);
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
  const words = lexicon(countWords(pages.map((p) => p.content)));

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
