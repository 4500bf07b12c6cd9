import { describe, expect, it } from 'vitest';
import { wordRules } from '../../src/lib/search/search-languages';
import { englishRules } from '../../src/lib/search/search-query';

describe('wordRules', () => {
  it('gives the rules of each language of the site, by the page’s language tag', async () => {
    expect(await wordRules('en')).toBe(englishRules);
    expect(await wordRules('en-GB')).toBe(englishRules);
  });

  it('has no rules, and says so, for any other language or none', async () => {
    await expect(wordRules('')).rejects.toThrow('no word rules for the language ""');
    await expect(wordRules('de')).rejects.toThrow('"de"');
  });
});
