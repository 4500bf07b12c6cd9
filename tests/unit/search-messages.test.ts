import { describe, expect, it } from 'vitest';
import * as messages from '../../src/lib/search/search-messages';
import { englishRules, parseQuery } from '../../src/lib/search/search-query';
import {
  highlightWords,
  MAX_RESULTS_SHOWN,
  type PageResult,
  type SearchAnswer,
} from '../../src/lib/search/search-results';

// The English words, as the site has always said them (every language's are checked in messages.test.ts).
const { replaceWord } = messages;
const statusLine = (answer: SearchAnswer, query: string, filter: string, all = false): string =>
  messages.statusLine(answer, query, filter, all, 'en');
const suggestionParts = (suggestions: Parameters<typeof messages.suggestionParts>[0]) =>
  messages.suggestionParts(suggestions, 'en');
const showAllLabel = (answer: SearchAnswer, maxResults: number, maxParagraphs: number): string | undefined =>
  messages.showAllLabel(answer, maxResults, maxParagraphs, 'en');

const results = (count: number): PageResult[] =>
  Array.from({ length: count }, (_, i) => ({
    url: `/p${i}/`,
    title: 'Title',
    topic: 'Topic',
    data: false,
    segments: [],
    paragraphs: [],
  }));

/** An answer to `query`: every word found unless the overrides say otherwise. */
const answer = (query: string, overrides: Partial<SearchAnswer> = {}): SearchAnswer => ({
  query: parseQuery(query, englishRules),
  absent: [],
  foundAs: [],
  suggestions: [],
  searched: parseQuery(query, englishRules).required.map((part) => part.label),
  tooCommon: false,
  truncated: false,
  results: [],
  ...overrides,
});

describe('statusLine', () => {
  it('counts what was found, in the topic chosen, and says when only the first are shown', () => {
    expect(statusLine(answer('drug', { results: results(1) }), 'drug', '')).toBe('1 result found for “drug”.');
    expect(statusLine(answer('drug', { results: results(MAX_RESULTS_SHOWN + 1) }), 'drug', 'Asset recovery')).toBe(
      `${MAX_RESULTS_SHOWN + 1} results found for “drug” in Asset recovery, the first ${MAX_RESULTS_SHOWN} shown.`,
    );
    expect(statusLine(answer('drug', { results: results(2), truncated: true }), 'drug', '')).toBe(
      'At least 2 results found for “drug”.',
    );
  });

  it('says plainly when nothing is found, and why when the words are there but apart', () => {
    expect(statusLine(answer('drug'), 'drug', 'Work plan')).toBe('No results for “drug” in Work plan.');
    expect(statusLine(answer('"funds stolen"'), '"funds stolen"', '')).toBe(
      'No results for “"funds stolen"”: the words are in the text, but not together in this order.',
    );
    expect(statusLine(answer('of the', { tooCommon: true }), 'of the', '')).toBe(
      '“of the” is too common to search for on its own: add a word.',
    );
  });

  it('names first the words that are not in the text, then what holds the others', () => {
    expect(statusLine(answer('zzyzx', { absent: ['zzyzx'], searched: [] }), 'zzyzx', '')).toBe(
      '“zzyzx” is not in the text.',
    );
    expect(statusLine(answer('abc xyz', { absent: ['abc', 'xyz'], searched: [] }), 'abc xyz', '')).toBe(
      '“abc”, “xyz” are not in the text.',
    );
    const some = answer('synthetic drugs', { absent: ['synthetic'], searched: ['drugs'] });
    expect(statusLine({ ...some, results: results(3) }, 'synthetic drugs', '')).toBe(
      '“synthetic” is not in the text. 3 results hold “drugs”:',
    );
    expect(statusLine({ ...some, results: results(1), truncated: true }, 'synthetic drugs', 'Work plan')).toBe(
      '“synthetic” is not in the text. At least 1 result holds “drugs” in Work plan:',
    );
    expect(statusLine(some, 'synthetic drugs', '')).toBe(
      '“synthetic” is not in the text. No results for “drugs” either.',
    );
  });
});

describe('suggestionParts', () => {
  it('offers nothing when there is nothing to offer', () => {
    expect(suggestionParts([])).toEqual([]);
  });

  it('writes the offer as a question, each word replacing the misspelt one', () => {
    expect(
      suggestionParts([
        { word: 'asets', options: ['assets', 'asset', 'sets'] },
        { word: 'herion', options: ['heroin'] },
      ]),
    ).toEqual([
      'Did you mean ',
      { replace: 'asets', with: 'assets' },
      ', ',
      { replace: 'asets', with: 'asset' },
      ' or ',
      { replace: 'asets', with: 'sets' },
      '; ',
      { replace: 'herion', with: 'heroin' },
      '?',
    ]);
  });
});

describe('replaceWord', () => {
  it('replaces the word only where it stands whole, and keeps the rest as typed', () => {
    expect(replaceWord('asets  of the State', 'asets', 'assets')).toBe('assets  of the State');
    expect(replaceWord('basets asets', 'asets', 'assets')).toBe('basets assets');
    expect(replaceWord('asets asets', 'asets', 'assets')).toBe('assets asets');
  });

  it('takes the word and its replacement as written, not as patterns', () => {
    expect(replaceWord('K. and Kx', 'K.', 'Kazakhstan')).toBe('Kazakhstan and Kx');
    expect(replaceWord('1.5 tons', '1.5', '1,5')).toBe('1,5 tons');
    expect(replaceWord('x', 'x', '$&$&')).toBe('$&$&');
  });
});

describe('highlightWords', () => {
  it('carries the words found, not those that are not in the text', () => {
    expect(highlightWords(answer('synthetic drugs', { absent: ['synthetic'] }), 'synthetic drugs')).toBe('drugs');
    expect(highlightWords(answer('Ministry of Justice'), 'Ministry  of Justice')).toBe('Ministry of Justice');
  });

  it('carries a query with a phrase as typed, so that the page highlights the phrase', () => {
    expect(highlightWords(answer('"stolen funds" return'), '"stolen funds" return')).toBe('"stolen funds" return');
  });
});

describe('showAllLabel', () => {
  const withParagraphs = (counts: number[]): PageResult[] =>
    results(counts.length).map((result, i) => ({
      ...result,
      paragraphs: Array.from({ length: counts[i] ?? 0 }, (_, k) => ({
        id: `p${k + 1}`,
        url: `/p${i}/#p${k + 1}`,
        segments: [],
        complete: true,
      })),
    }));

  it('offers nothing when the first results and paragraphs are all there are', () => {
    expect(showAllLabel(answer('drug', { results: withParagraphs([3, 1]) }), 8, 3)).toBeUndefined();
  });

  it('counts the results and the paragraphs it would show', () => {
    const many = withParagraphs([4, 1, 0, 2, 1, 1, 1, 1, 5]);
    expect(showAllLabel(answer('drug', { results: many }), 8, 3)).toBe(
      'Show all 9 results and every paragraph that holds the words (16)',
    );
    expect(showAllLabel(answer('drug', { results: withParagraphs([5, 1]) }), 8, 3)).toBe(
      'Show every paragraph that holds the words (6)',
    );
    expect(showAllLabel(answer('drug', { results: results(9) }), 8, 3)).toBe('Show all 9 results');
  });

  it('lets the status line drop "the first … shown" once all are', () => {
    const nine = answer('drug', { results: results(9) });
    expect(statusLine(nine, 'drug', '', true)).toBe('9 results found for “drug”.');
  });
});

describe('what a word was searched as', () => {
  it('says which form of the text a word was found as, when the text does not have it as typed', () => {
    const found = answer('heroine', { results: results(2), foundAs: [{ typed: 'heroine', forms: ['heroin'] }] });
    expect(statusLine(found, 'heroine', '')).toBe(
      '2 results found for “heroine”. Searched as the text writes it: “heroin” for “heroine”.',
    );
    expect(statusLine({ ...found, foundAs: [] }, 'heroine', '')).toBe('2 results found for “heroine”.');
  });
});
