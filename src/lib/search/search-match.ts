// Where a query stands in a page, decided from the indexed text itself: Pagefind finds candidate
// pages, and only the words of the query (or their inflected forms, or a number as written) that
// are really in a page are counted and highlighted. The browser and the tests use this one module,
// so what is measured is what the reader sees.
import type { Segment } from './search.ts';
import { wordMatches, wordPositions, type ParsedQuery, type QueryWord } from './search-query.ts';

/** Where, in a run of words, each required part is found, and which words to highlight. */
export interface WindowMatch {
  /** For each required part, the positions (relative to the window) where it starts. */
  found: number[][];
  /** Positions (relative to the window) to highlight. */
  marked: Set<number>;
  /** Every required part is in the window. */
  complete: boolean;
  /** The whole query, little words included, stands in the window word for word. */
  sequence: boolean;
  /** The fewest words that hold one of each part found. */
  span: number;
  /** Where the best of the match begins: the whole query word for word, or the shortest span. */
  focus: number;
}

function sequenceAt(tokens: readonly string[], at: number, words: readonly QueryWord[]): boolean {
  return words.every((word, i) => {
    const token = tokens[at + i];
    return token !== undefined && wordMatches(token, word);
  });
}

/** Matches a parsed query against a run of words. */
export function matchWindow(tokens: readonly string[], query: ParsedQuery): WindowMatch {
  const marked = new Set<number>();
  const found = query.required.map((part) => {
    const starts: number[] = [];
    for (let i = 0; i < tokens.length; i += 1) if (sequenceAt(tokens, i, part.words)) starts.push(i);
    // A little word is highlighted only inside a phrase, never on its own.
    const lone = part.words.length === 1 && part.words[0]?.little === true;
    if (!lone) for (const start of starts) for (let k = 0; k < part.words.length; k += 1) marked.add(start + k);
    return starts;
  });
  let sequence = -1;
  const all = query.words;
  if (all.length > 1) {
    for (let i = 0; i < tokens.length; i += 1) {
      if (!sequenceAt(tokens, i, all)) continue;
      if (sequence < 0) sequence = i;
      for (let k = 0; k < all.length; k += 1) marked.add(i + k);
    }
  }
  const { span, start } = shortestSpan(found);
  return {
    found,
    marked,
    complete: found.every((starts) => starts.length > 0),
    sequence: sequence >= 0,
    span,
    focus: sequence >= 0 ? sequence : start,
  };
}

/** The shortest run of words holding a start of every part that is found at all, and its start. */
function shortestSpan(found: number[][]): { span: number; start: number } {
  const events = found
    .flatMap((starts, part) => starts.map((position) => ({ position, part })))
    .sort((a, b) => a.position - b.position);
  const need = found.filter((starts) => starts.length > 0).length;
  if (need === 0) return { span: Number.POSITIVE_INFINITY, start: 0 };
  const counts = new Map<number, number>();
  let best = Number.POSITIVE_INFINITY;
  let start = 0;
  let left = 0;
  for (const event of events) {
    counts.set(event.part, (counts.get(event.part) ?? 0) + 1);
    while (counts.size === need) {
      const first = events[left];
      if (!first) break;
      if (event.position - first.position + 1 < best) {
        best = event.position - first.position + 1;
        start = first.position;
      }
      const count = (counts.get(first.part) ?? 1) - 1;
      if (count === 0) counts.delete(first.part);
      else counts.set(first.part, count);
      left += 1;
    }
  }
  return { span: best, start };
}

/** Compares two window matches: the better first (negative when `a` is better). */
export function compareMatches(a: WindowMatch, b: WindowMatch): number {
  const partsOf = (m: WindowMatch): number => m.found.filter((starts) => starts.length > 0).length;
  return (
    Number(b.complete) - Number(a.complete) ||
    Number(b.sequence) - Number(a.sequence) ||
    partsOf(b) - partsOf(a) ||
    a.span - b.span ||
    b.marked.size - a.marked.size
  );
}

/**
 * Which part of a matched word of the text to highlight: the words inside it that the query asked
 * for (`drug` in `drug-related`), without the quotes or stops around them.
 */
export function highlightRange(token: string, words: readonly QueryWord[]): { start: number; end: number } {
  let start = token.length;
  let end = 0;
  for (const part of wordPositions(token)) {
    if (!words.some((word) => wordMatches(part.text, word))) continue;
    start = Math.min(start, part.index);
    end = Math.max(end, part.index + part.text.length);
  }
  return start < end ? { start, end } : { start: 0, end: token.length };
}

/**
 * Text segments of a window of `words` words around `focus`, highlighting the marked ones, with
 * `…` where the text is cut.
 */
export function windowSegments(
  tokens: readonly string[],
  marked: ReadonlySet<number>,
  query: ParsedQuery,
  words = 24,
  focus = Math.min(...marked),
): Segment[] {
  const first = Number.isFinite(focus) ? focus : 0;
  const start = Math.max(0, Math.min(first - Math.floor(words / 3), tokens.length - words));
  const end = Math.min(tokens.length, start + words);
  const segments: Segment[] = [];
  // Neighbouring plain text is one run; neighbouring highlighted words are one highlight.
  const push = (text: string, mark: boolean): void => {
    if (text === '') return;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i += 1) {
    const token = tokens[i] ?? '';
    const mark = marked.has(i);
    // The space between two highlighted words is highlighted too, when nothing else comes between.
    const previous = tokens[i - 1] ?? '';
    const joined = mark && marked.has(i - 1) && highlightRange(previous, query.words).end === previous.length;
    if (i > start) push(' ', joined && highlightRange(token, query.words).start === 0);
    if (!mark) {
      push(token, false);
      continue;
    }
    // Only the word is highlighted, not the quotes or stops around it.
    const core = highlightRange(token, query.words);
    push(token.slice(0, core.start), false);
    push(token.slice(core.start, core.end), true);
    push(token.slice(core.end), false);
  }
  if (end < tokens.length) push(' …', false);
  return segments;
}
