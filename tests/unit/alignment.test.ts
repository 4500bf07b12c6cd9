import { describe, expect, it } from 'vitest';
import { alignParagraphs, counterpart } from '../../src/lib/text/alignment';

const file = 'ru/index.mdx';

describe("a further version's paragraphs matched to the first version's", () => {
  it('matches one for one when no group is given', () => {
    const aligned = alignParagraphs(3, 3, [], file);
    expect(aligned.map((group) => [group.first, group.here])).toEqual([
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
  });

  it('keeps a split paragraph together and shifts the ones after it', () => {
    const aligned = alignParagraphs(5, 6, [{ first: [3], here: [3, 4] }], file);
    expect(aligned.map((group) => [group.first, group.here])).toEqual([
      [[1], [1]],
      [[2], [2]],
      [[3], [3, 4]],
      [[4], [5]],
      [[5], [6]],
    ]);
    expect(counterpart(aligned, 5, 'here')).toBe(4);
    expect(counterpart(aligned, 4, 'here')).toBe(3);
    expect(counterpart(aligned, 4, 'first')).toBe(5);
    expect(counterpart(aligned, 9, 'first')).toBeUndefined();
  });

  it('names the file and the field where the counts do not match', () => {
    expect(() => alignParagraphs(5, 6, [], file)).toThrow(
      /ru\/index\.mdx: alignment: the first version has 5 paragraphs and this one 6/u,
    );
    expect(() => alignParagraphs(5, 6, [{ first: [2], here: [3, 4] }], file)).toThrow(
      /alignment: group 1: the paragraphs before it do not match one for one/u,
    );
    expect(() => alignParagraphs(5, 6, [{ first: [3, 5], here: [3] }], file)).toThrow(/not in a row/u);
    expect(() =>
      alignParagraphs(
        6,
        7,
        [
          { first: [4], here: [4, 5] },
          { first: [2], here: [2] },
        ],
        file,
      ),
    ).toThrow(/group 2: starts at paragraph 2 .* list the groups in order/u);
  });
});
