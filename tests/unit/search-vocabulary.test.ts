import { describe, expect, it } from 'vitest';
import { englishRules, parseQuery } from '../../src/lib/search/search-query';
import { countWords, editDistance, lexicon } from '../../src/lib/search/search-vocabulary';

const word = (text: string) => parseQuery(text, englishRules).words[0] ?? parseQuery('x', englishRules).words[0]!;

describe('lexicon', () => {
  const words = lexicon(
    countWords(['97 tons of various drugs were seized, including 387 kg of heroin; 1,5 thousand. Assets, 17%.']),
    englishRules,
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

  it('offers a longer word whose beginning was misspelt, after the misspellings of whole words', () => {
    // Equally frequent words come in alphabetical order.
    const traffic = lexicon(
      countWords(['the fight against drug trafficking and the traffickers; a tariff']),
      englishRules,
    );
    expect(traffic.nearest(word('trafic'))).toEqual(['traffickers', 'trafficking']);
    expect(traffic.nearest(word('tarif'))).toEqual(['tariff']);
    // Fewer than five letters: too little to read a slip in.
    expect(traffic.nearest(word('traf'))).toEqual(['traffickers', 'trafficking']);
    expect(traffic.nearest(word('tafi'))).toEqual([]);
  });

  it('says which form of the text a word was found as, only when the text lacks it as typed', () => {
    expect(words.has(word('heroine'))).toBe(true);
    expect(words.foundAs(word('heroine'))).toEqual(['heroin']);
    expect(words.foundAs(word('heroin'))).toEqual([]);
    expect(words.foundAs(word('drug'))).toEqual(['drugs']);
    expect(words.foundAs(word('of'))).toEqual([]);
    expect(words.foundAs(word('1,5'))).toEqual([]);
  });

  it('measures edit distance with swaps of neighbours as one edit', () => {
    expect(editDistance('herion', 'heroin')).toBe(1);
    expect(editDistance('asets', 'assets')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
