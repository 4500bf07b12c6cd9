import { describe, expect, it } from 'vitest';
import { closestName, didYouMean, nearestDifference } from '../../src/lib/text/text-difference';

const published = [
  'They noted that the problem of distribution and transit of drugs remains a real threat.',
  '97 tons of various drugs were seized, including 387 kg of heroin.',
  "The Ministry of Justice was tasked to accelerate the development of debtors' property checks.",
];

describe('nearestDifference', () => {
  it('finds the published paragraph a changed one comes from, and the first character that differs', () => {
    const difference = nearestDifference(
      '97 tons of various drugs were seized, including 387 kg of heroine.',
      published,
    );
    expect(difference?.number).toBe(2);
    expect(difference?.at).toBe(65);
    expect(difference?.summary).toBe(
      'nearest is published paragraph 2, which differs at character 65: "e" (U+0065) here, "." (U+002E) in the published text',
    );
  });

  it('names a curly quote against a straight one, and puts the caret under it', () => {
    const written = (published[2] ?? '').replace("debtors'", 'debtors’');
    const difference = nearestDifference(written, published);
    expect(difference?.where).toMatch(/"’" \(U\+2019\) here, "'" \(U\+0027\) in the published text$/u);
    const [here, there, caret] = difference?.display ?? [];
    const column = (caret ?? '').indexOf('^');
    expect(column).toBeGreaterThan(0);
    expect(here?.[column]).toBe('’');
    expect(there?.[column]).toBe("'");
    // Long paragraphs are shown around the difference, cut with an ellipsis.
    expect(here?.trimStart().startsWith('here:      …')).toBe(true);
  });

  it('names an invisible character by its code point and keeps the caret under it', () => {
    const written = (published[1] ?? '').replace('387 kg', '387\u200B kg');
    const difference = nearestDifference(written, published);
    expect(difference?.where).toBe(
      `differs at character ${[...written].indexOf('\u200B') + 1}: U+200B here, U+0020 in the published text`,
    );
    const [here, , caret] = difference?.display ?? [];
    expect(here?.[(caret ?? '').indexOf('^')]).toBe('·');
  });

  it('says when the written text ends early', () => {
    const difference = nearestDifference('97 tons of various drugs were seized', published);
    expect(difference?.where).toMatch(/: the end of the paragraph here, "," \(U\+002C\) in the published text$/u);
  });

  it('has nothing to say about a published paragraph, or without any', () => {
    expect(nearestDifference(published[0] ?? '', published)).toBeUndefined();
    expect(nearestDifference('anything', [])).toBeUndefined();
  });
});

describe('closestName and didYouMean', () => {
  const ids = ['heroin-seized', 'drugs-seized', 'dealer-detection-current-year', 'stolen-funds-recovered'];

  it('offers the known id a typing slip away', () => {
    expect(closestName('heroin-siezed', ids)).toBe('heroin-seized');
    expect(closestName('Drugs-Seized', ids)).toBe('drugs-seized');
    expect(didYouMean('stolen-fund-recovered', ids)).toBe(' (did you mean "stolen-funds-recovered"?)');
  });

  it('offers nothing when no known id is near', () => {
    expect(closestName('aviary-birds', ids)).toBeUndefined();
    expect(didYouMean('x', [])).toBe('');
  });
});
