/** A character for a message: itself in quotes when it shows, and its code point always. */
function named(char: string | undefined): string {
  if (char === undefined) return 'the end of the paragraph';
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(char) ? `"${char}" (${code})` : code;
}

/** How many characters two texts share at their start, and at their end (not overlapping). */
function sharedEnds(a: readonly string[], b: readonly string[]): { start: number; end: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  return { start, end };
}

/** The difference between a written paragraph and the published one nearest to it. */
export interface ParagraphDifference {
  /** The nearest published paragraph's number (1-based). */
  number: number;
  /** The first differing character's position, 1-based. */
  at: number;
  /** Where they differ and the two characters there: "differs at character 5: …". */
  where: string;
  /** One line: which paragraph, where, and the two characters. */
  summary: string;
  /** Both texts around the difference, one above the other, with a caret under it. */
  display: string[];
}

/** Characters of context shown before the difference. */
const BEFORE = 40;
/** Characters of context shown after it. */
const AFTER = 30;

/**
 * The published paragraph nearest to `written` (the one sharing the longest start and end with
 * it), and where they first differ, shown as an editor needs to see it: a curly quote against a
 * straight one, an edit near the end, a hidden character, each named by its code point, with both
 * texts one above the other and a caret under the first difference. Undefined when there is no
 * published paragraph or `written` is one of them.
 */
export function nearestDifference(written: string, published: readonly string[]): ParagraphDifference | undefined {
  if (published.length === 0 || published.includes(written)) return undefined;
  const mine = [...written];
  let best = { index: 0, score: -1 };
  published.forEach((paragraph, index) => {
    const { start, end } = sharedEnds(mine, [...paragraph]);
    if (start + end > best.score) best = { index, score: start + end };
  });
  const theirs = [...(published[best.index] ?? '')];
  const { start } = sharedEnds(mine, theirs);
  const from = Math.max(0, start - BEFORE);
  const window = (chars: string[]): string =>
    `${from > 0 ? '…' : ''}${chars.slice(from, start + AFTER).join('')}${chars.length > start + AFTER ? '…' : ''}`;
  // Control and other invisible characters are shown as a middle dot, so that the caret lines up.
  const visible = (text: string): string => text.replace(/[^\p{L}\p{N}\p{P}\p{S}\p{Zs}…]/gu, '·');
  const caretAt = (from > 0 ? 1 : 0) + (start - from);
  const where = `differs at character ${start + 1}: ${named(mine[start])} here, ${named(theirs[start])} in the published text`;
  return {
    number: best.index + 1,
    at: start + 1,
    where,
    summary: `nearest is published paragraph ${best.index + 1}, which ${where}`,
    display: [
      `  here:      ${visible(window(mine))}`,
      `  published: ${visible(window(theirs))}`,
      `             ${' '.repeat(caretAt)}^`,
    ],
  };
}

/** The number of single-character edits that turn `a` into `b` (Levenshtein). */
function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let row = Array.from({ length: right.length + 1 }, (_, j) => j);
  left.forEach((char, i) => {
    const next = [i + 1];
    right.forEach((other, j) => {
      next.push(Math.min((row[j + 1] ?? 0) + 1, (next[j] ?? 0) + 1, (row[j] ?? 0) + (char === other ? 0 : 1)));
    });
    row = next;
  });
  return row[right.length] ?? 0;
}

/**
 * The known name nearest to a mistyped one, for a "did you mean" in a message: the one fewest
 * edits away, when it is near enough to be what was meant (a third of its length, at least two
 * edits); undefined when none is.
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  if (!best || best.distance > Math.max(2, Math.floor(best.name.length / 3))) return undefined;
  return best.name;
}

/** ` (did you mean "x"?)` for a message, or nothing when no known name is near. */
export function didYouMean(name: string, known: readonly string[]): string {
  const closest = closestName(name, known);
  return closest === undefined ? '' : ` (did you mean "${closest}"?)`;
}
