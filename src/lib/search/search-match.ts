// What the search tells the reader is decided here, from the indexed text itself: Pagefind finds
// candidate pages, and only the words of the query (or their inflected forms, or a number as
// written) that are really in a page are counted and highlighted. The browser and the tests use
// this one module, so what is measured is what the reader sees.
import type { Segment } from './search.ts';

/** Words too common to find anything on their own: never required, never highlighted alone. */
export const LITTLE_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by did do does for from had has have he her his i if in into is it its ' +
    'of on or our she so than that the their them there these they this those to was we were which who with'
  ).split(' '),
);

/** One word of a query, as typed and as compared. */
export interface QueryWord {
  /** As typed, without surrounding punctuation. */
  text: string;
  /** What is compared: the stem of a word, a number as written. */
  key: string;
  number: boolean;
  little: boolean;
}

/** A query: its words in order, and the quoted phrases among them. */
export interface ParsedQuery {
  words: QueryWord[];
  /** Quoted phrases of two or more words, which must be found in this order. */
  phrases: QueryWord[][];
  /** What must be in a page for it to match: each word that is not a little word, and each phrase. */
  required: RequiredPart[];
}

/** A word or a quoted phrase that a match must hold. */
export interface RequiredPart {
  words: QueryWord[];
  /** How the part is named to the reader. */
  label: string;
}

const NUMBER = /^\d+(?:[.,]\d+)*%?$/u;

/**
 * The inflection stem of a lower-case word: plural and possessive `s`, `ies`, `ed`, `ing` and a
 * final `e` come off, so that `drug` finds `drugs` and `seize` finds `seized`, while `officers`
 * does not find `office`. Stricter than Pagefind's stemmer, on purpose.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/u, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/u.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length >= 6) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length >= 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (/([^aeioulsz])\1$/u.test(w)) w = w.slice(0, -1);
  return w;
}

// A word inside a run of characters: a number as written (1,5 17% 2019), or letters and digits
// with inner apostrophes (Prosecutor's). Hyphens, slashes and other marks separate words.
const WORD = /\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words inside a run of non-space characters: `drug-related` holds `drug` and `related`. */
export function wordsIn(token: string): string[] {
  return [...token.matchAll(WORD)].map((match) => match[0].replace(/’/gu, "'"));
}

/** The keys a word of the text can be found by: each word inside it, stemmed, or a number as written. */
export function wordKeys(token: string): readonly { key: string; number: boolean }[] {
  let keys = keyCache.get(token);
  if (!keys) {
    keys = wordsIn(token).map((part) =>
      NUMBER.test(part) ? { key: part, number: true } : { key: stem(part), number: false },
    );
    keyCache.set(token, keys);
  }
  return keys;
}

// The words of a text repeat: each is analysed once. The cache holds at most the vocabulary of
// the pages searched so far.
const keyCache = new Map<string, { key: string; number: boolean }[]>();

function queryWord(core: string): QueryWord {
  const number = NUMBER.test(core);
  const lower = core.toLowerCase();
  return { text: core, key: number ? core : stem(lower), number, little: LITTLE_WORDS.has(lower) };
}

/** Splits a query into words; text in straight or curly double quotes is a phrase. */
export function parseQuery(query: string): ParsedQuery {
  const words: QueryWord[] = [];
  const phrases: QueryWord[][] = [];
  const loose: QueryWord[] = [];
  for (const match of query.matchAll(/["“”]([^"“”]*)["“”]?|[^\s"“”]+/gu)) {
    const quoted = match[1];
    const parsed = wordsIn(quoted ?? match[0]).map(queryWord);
    words.push(...parsed);
    if (quoted !== undefined && parsed.length > 1) phrases.push(parsed);
    else loose.push(...parsed);
  }
  const required: RequiredPart[] = [
    ...loose.filter((word) => !word.little).map((word) => ({ words: [word], label: word.text })),
    ...phrases.map((phrase) => ({ words: phrase, label: phrase.map((word) => word.text).join(' ') })),
  ];
  // A query of little words only asks for them all the same.
  if (required.length === 0) required.push(...loose.map((word) => ({ words: [word], label: word.text })));
  return { words, phrases, required };
}

/** Whether a word of the text is a form of a word of the query. */
export function wordMatches(token: string, word: QueryWord): boolean {
  return wordKeys(token).some(({ key, number }) => {
    if (word.number) return number && (key === word.key || (!word.key.endsWith('%') && key === `${word.key}%`));
    return !number && key === word.key;
  });
}

/** The page's text as Pagefind counts it: one word per run of non-space characters. */
export function splitWords(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

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
  for (const match of token.matchAll(WORD)) {
    if (!words.some((word) => wordMatches(match[0], word))) continue;
    start = Math.min(start, match.index);
    end = Math.max(end, match.index + match[0].length);
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

/** Edit distance (insertions, deletions, substitutions, swaps of neighbours) between two words. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i] as number[];
      const up = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      row[j] = value;
    }
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}

/** The words of the indexed text with how often each occurs, made when the site is built. */
export interface Vocabulary {
  /** Lower-case words and numbers as written, each with its count. */
  words: Record<string, number>;
}

/** Counts the words of some texts, as `Vocabulary` holds them. */
export function countWords(texts: Iterable<string>): Vocabulary {
  const words: Record<string, number> = {};
  for (const text of texts) {
    for (const part of wordsIn(text)) {
      const word = part.replace(/'s$/u, '').toLowerCase();
      words[word] = (words[word] ?? 0) + 1;
    }
  }
  return { words };
}

/** A vocabulary ready to answer whether a word is in the text, and what is near it. */
export interface Lexicon {
  has(word: QueryWord): boolean;
  /** The words of the text nearest to a word that is not in it, most likely first: its endings, then misspellings. */
  nearest(word: QueryWord, limit?: number): string[];
}

/** Prepares a vocabulary for look-ups. */
export function lexicon(vocabulary: Vocabulary): Lexicon {
  const entries = Object.entries(vocabulary.words);
  const keys = new Set(entries.flatMap(([word]) => wordKeys(word).map(({ key }) => key)));
  const numbers = new Set(entries.map(([word]) => word).filter((word) => NUMBER.test(word)));
  return {
    has(word) {
      if (!word.number) return keys.has(word.key);
      return numbers.has(word.key) || (!word.key.endsWith('%') && numbers.has(`${word.key}%`));
    },
    nearest(word, limit = 3) {
      const typed = word.text.toLowerCase();
      if (word.number) {
        // A number is offered only as the same number written with the other separator: 1.5 → 1,5.
        const same = (n: string): string => n.replace(/[.,]/gu, '.');
        return [...numbers].filter((n) => n !== typed && same(n) === same(typed)).slice(0, limit);
      }
      const most = typed.length <= 4 ? 1 : 2;
      // A word being typed (three letters or more) is offered its endings first: hero → heroin.
      const completes = (candidate: string): boolean => typed.length >= 3 && candidate.startsWith(typed);
      return entries
        .filter(([candidate]) => !NUMBER.test(candidate) && candidate.length > 2 && !LITTLE_WORDS.has(candidate))
        .map(([candidate, count]) => ({
          candidate,
          count,
          distance: completes(candidate) ? 0 : editDistance(typed, candidate),
        }))
        .filter(({ distance }) => distance <= most)
        .sort((a, b) => a.distance - b.distance || b.count - a.count || a.candidate.localeCompare(b.candidate))
        .slice(0, limit)
        .map(({ candidate }) => candidate);
    },
  };
}
