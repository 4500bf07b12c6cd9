import { ContentError } from '../check/content-error.ts';

/** Paragraphs of two versions that say the same: numbers of the first version, and of the other. */
export interface AlignedGroup {
  first: readonly number[];
  here: readonly number[];
}

/** Whether numbers run one after another: 4, 5, 6. */
function inARow(numbers: readonly number[]): boolean {
  return numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1);
}

/**
 * Every paragraph of a further version matched to the first version's: one for one, in order,
 * except where the version's `alignment` groups say that paragraphs split or join. Fails, naming
 * the file and the field, where the groups overlap, go backwards, are not in a row, or leave
 * paragraphs of either side unmatched.
 */
export function alignParagraphs(
  firstCount: number,
  hereCount: number,
  groups: readonly AlignedGroup[],
  file: string,
): AlignedGroup[] {
  const aligned: AlignedGroup[] = [];
  let first = 1;
  let here = 1;
  groups.forEach((group, index) => {
    const field = `alignment: group ${index + 1}`;
    if (!inARow(group.first) || !inARow(group.here)) {
      throw new ContentError(
        file,
        field,
        'names paragraphs that are not in a row (such as 4, 5); split it into groups',
      );
    }
    const firstStart = group.first[0] ?? 0;
    const hereStart = group.here[0] ?? 0;
    if (firstStart < first || hereStart < here) {
      throw new ContentError(
        file,
        field,
        `starts at paragraph ${firstStart} of the first version and ${hereStart} of this one, before the paragraphs an earlier group or the one-for-one run reaches (${first} and ${here}); list the groups in order`,
      );
    }
    // Between the groups, the paragraphs are one for one.
    if (firstStart - first !== hereStart - here) {
      throw new ContentError(
        file,
        field,
        `the paragraphs before it do not match one for one: ${firstStart - first} of the first version (${first} to ${firstStart - 1}) against ${hereStart - here} of this one (${here} to ${hereStart - 1}); add a group for the ones that split or join`,
      );
    }
    while (first < firstStart) aligned.push({ first: [first++], here: [here++] });
    aligned.push({ first: group.first, here: group.here });
    first = (group.first.at(-1) ?? 0) + 1;
    here = (group.here.at(-1) ?? 0) + 1;
  });
  if (firstCount - first !== hereCount - here || first > firstCount + 1 || here > hereCount + 1) {
    throw new ContentError(
      file,
      groups.length === 0 ? 'alignment' : `alignment: group ${groups.length}`,
      `the first version has ${firstCount} paragraphs and this one ${hereCount}: after the groups, paragraphs ${first} to ${firstCount} of the first version are left against ${here} to ${hereCount} of this one, which do not match one for one; add a group for the ones that split or join`,
    );
  }
  while (first <= firstCount) aligned.push({ first: [first++], here: [here++] });
  return aligned;
}

/** The paragraph of the other side that a paragraph's group begins with; undefined for none. */
export function counterpart(
  aligned: readonly AlignedGroup[],
  paragraph: number,
  from: 'first' | 'here',
): number | undefined {
  const to = from === 'first' ? 'here' : 'first';
  return aligned.find((group) => group[from].includes(paragraph))?.[to][0];
}

/** Paragraphs of two versions that say the same, shown side by side: numbers of each. */
export interface PairedGroup {
  left: readonly number[];
  right: readonly number[];
}

/**
 * The paragraphs of two versions of a release matched to each other, through the first version
 * that both are matched to: the smallest groups on which both versions' groups agree. A group of
 * one version that spans two of the other's takes both (English 4 against Russian 4 and 5; against
 * a third version that splits English 5, Russian 4 and 5 and that version's 4 to 6 share a group).
 */
export function pairVersions(left: readonly AlignedGroup[], right: readonly AlignedGroup[]): PairedGroup[] {
  const paired: PairedGroup[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const group: { left: number[]; right: number[] } = { left: [], right: [] };
    // The last paragraph of the first version that each side's groups reach so far.
    let leftEnd = 0;
    let rightEnd = 0;
    do {
      if (leftEnd <= rightEnd) {
        const next = left[i++];
        if (next === undefined) break;
        group.left.push(...next.here);
        leftEnd = next.first.at(-1) ?? leftEnd;
      } else {
        const next = right[j++];
        if (next === undefined) break;
        group.right.push(...next.here);
        rightEnd = next.first.at(-1) ?? rightEnd;
      }
    } while (leftEnd !== rightEnd);
    if (leftEnd !== rightEnd)
      throw new Error('pairVersions: the two versions are not matched to the same first version');
    paired.push(group);
  }
  if (i < left.length || j < right.length) {
    throw new Error('pairVersions: the two versions are not matched to the same first version');
  }
  return paired;
}
