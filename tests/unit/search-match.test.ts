import { describe, expect, it } from 'vitest';
import { matchWindow, windowSegments } from '../../src/lib/search/search-match';
import { englishRules, parseQuery, splitWords } from '../../src/lib/search/search-query';

const marks = (text: string, query: string): string[] => {
  const tokens = splitWords(text);
  return [...matchWindow(tokens, parseQuery(query, englishRules)).marked]
    .sort((a, b) => a - b)
    .map((i) => tokens[i] ?? '');
};

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
    expect(matchWindow(splitWords('funds stolen'), parseQuery('"stolen funds"', englishRules)).complete).toBe(false);
    expect(matchWindow(splitWords('the stolen funds.'), parseQuery('"stolen funds"', englishRules)).complete).toBe(
      true,
    );
  });

  it('prefers all the words, then the query word for word, then words close together', () => {
    const query = parseQuery('stolen assets', englishRules);
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
    const segments = windowSegments(tokens, new Set([60, 61]), parseQuery('w60 w61', englishRules), 10);
    const text = segments.map((s) => s.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['w60 w61']);
  });

  it('highlights only the words asked for inside a word of the text, without punctuation', () => {
    const segments = windowSegments(
      ['countering', 'drug-related', '“crime”.'],
      new Set([1, 2]),
      parseQuery('drugs crime', englishRules),
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
