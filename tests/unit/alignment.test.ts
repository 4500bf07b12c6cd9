import { describe, expect, it } from 'vitest';
import { alignParagraphs, counterpart, pairVersions } from '../../src/lib/text/alignment';

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

describe('two versions matched to each other through the first', () => {
  const en = alignParagraphs(5, 5, [], file);
  const ru = alignParagraphs(5, 6, [{ first: [4], here: [4, 5] }], file);
  const kk = alignParagraphs(5, 6, [{ first: [5], here: [5, 6] }], file);

  it("takes a further version's groups as they are against the first", () => {
    expect(pairVersions(en, ru)).toEqual([
      { left: [1], right: [1] },
      { left: [2], right: [2] },
      { left: [3], right: [3] },
      { left: [4], right: [4, 5] },
      { left: [5], right: [6] },
    ]);
    expect(pairVersions(ru, en).map(({ left, right }) => [left, right])).toEqual(
      pairVersions(en, ru).map(({ left, right }) => [right, left]),
    );
  });

  it('keeps one group of each side whole where two further versions split different paragraphs', () => {
    const joined = alignParagraphs(5, 4, [{ first: [4, 5], here: [4] }], file);
    expect(pairVersions(ru, kk)).toEqual([
      { left: [1], right: [1] },
      { left: [2], right: [2] },
      { left: [3], right: [3] },
      { left: [4, 5], right: [4] },
      { left: [6], right: [5, 6] },
    ]);
    expect(pairVersions(ru, joined).at(-1)).toEqual({ left: [4, 5, 6], right: [4] });
  });

  it('names every paragraph of each side once, in order', () => {
    for (const [a, b] of [
      [en, ru],
      [ru, kk],
      [kk, en],
    ] as const) {
      const paired = pairVersions(a, b);
      expect(paired.flatMap((group) => group.left)).toEqual(a.flatMap((group) => group.here));
      expect(paired.flatMap((group) => group.right)).toEqual(b.flatMap((group) => group.here));
    }
  });

  it('refuses versions matched to first versions of different lengths', () => {
    expect(() => pairVersions(en, alignParagraphs(4, 4, [], file))).toThrow(/not matched to the same first version/u);
  });
});
