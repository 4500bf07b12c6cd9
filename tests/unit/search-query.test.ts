import { describe, expect, it } from 'vitest';
import {
  englishRules,
  isNumberAsWritten,
  parseQuery,
  stem,
  wordMatches,
  wordPositions,
  wordsIn,
} from '../../src/lib/search/search-query';

const word = (text: string) => parseQuery(text, englishRules).words[0] ?? parseQuery('x', englishRules).words[0]!;

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

describe('wordPositions and wordsIn', () => {
  it('finds the words inside a run of characters, and where each starts', () => {
    expect(wordPositions('(“drug-related”),')).toEqual([
      { text: 'drug', index: 2 },
      { text: 'related', index: 7 },
    ]);
    expect(wordPositions('1,5%;')).toEqual([{ text: '1,5%', index: 0 }]);
    expect(wordsIn('Prosecutor’s')).toEqual(["Prosecutor's"]);
  });
});

describe('isNumberAsWritten', () => {
  it('takes numbers with separators and a percent sign, and nothing else', () => {
    expect(['17', '1,5', '17%', '2019'].every(isNumberAsWritten)).toBe(true);
    expect(['1,5.', 'K.', '17a', '%'].some(isNumberAsWritten)).toBe(false);
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
    const query = parseQuery('Ministry of Justice "stolen funds"', englishRules);
    expect(query.required.map((part) => part.label)).toEqual(['Ministry', 'Justice', 'stolen funds']);
    expect(query.phrases).toHaveLength(1);
  });

  it('asks for little words only when nothing else is asked', () => {
    expect(parseQuery('of the', englishRules).required.map((part) => part.label)).toEqual(['of', 'the']);
  });
});
