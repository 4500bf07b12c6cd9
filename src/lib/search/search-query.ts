// A query as the search reads it, and the words of the text as it compares them: words and numbers
// as written, inflection stems, little words, quoted phrases. Matching (search-match.ts) and the
// vocabulary (search-vocabulary.ts) both stand on these rules, so a word is read one way only.
// How a word is folded and stemmed depends on its language: English here, Russian and Kazakh in
// their own modules (search-languages.ts picks the rules for a page's language).

/**
 * How the words of one language are compared. Two words match when they share a stem, or are the
 * same number as written: never because one begins the other.
 */
export interface WordRules {
  /** The language, as `<html lang>` names it: `en`, `ru`, `kk`. */
  lang: string;
  /** A word as compared: lower case (Russian and Kazakh also read ё as е). */
  fold(word: string): string;
  /** The stems a folded word can be found by: one for English and Russian, each reading of a Kazakh one. */
  stems(word: string): readonly string[];
  /** Words too common to find anything on their own, folded: never required, never highlighted alone. */
  little: ReadonlySet<string>;
  /**
   * Pagefind has no stemmer for the language: it is asked for each word's shortest stem, and finds
   * the forms of it by their beginning; which of them match is decided here.
   */
  searchByStem: boolean;
}

/** English words too common to find anything on their own: never required, never highlighted alone. */
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
  /** What is compared: the stems of a word, or a number as written. */
  keys: readonly string[];
  number: boolean;
  little: boolean;
  /** The rules of the language the word was read in, which the words of the text are read by too. */
  rules: WordRules;
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

/** English: the stem below, and the little words above. */
export const englishRules: WordRules = {
  lang: 'en',
  fold: (word) => word.toLowerCase(),
  stems: (word) => [stem(word)],
  little: LITTLE_WORDS,
  searchByStem: false,
};

const NUMBER = /^\d+(?:[.,]\d+)*%?$/u;

/** Whether a word is a number as written: `17`, `1,5`, `17%`. */
export function isNumberAsWritten(word: string): boolean {
  return NUMBER.test(word);
}

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

/** The words inside a run of non-space characters, as written, each with where it starts. */
export function wordPositions(token: string): { text: string; index: number }[] {
  return [...token.matchAll(WORD)].map((match) => ({ text: match[0], index: match.index }));
}

/** The words inside a run of non-space characters: `drug-related` holds `drug` and `related`. */
export function wordsIn(token: string): string[] {
  return wordPositions(token).map((word) => word.text.replace(/’/gu, "'"));
}

/** What a word inside a word of the text can be found by: its stems, or itself as a number as written. */
export interface TextKeys {
  keys: readonly string[];
  number: boolean;
}

/** The keys a word of the text can be found by, in a language: each word inside it, stemmed, or a number as written. */
export function wordKeys(token: string, rules: WordRules): readonly TextKeys[] {
  let cache = keyCaches.get(rules);
  if (!cache) keyCaches.set(rules, (cache = new Map()));
  let keys = cache.get(token);
  if (!keys) {
    keys = wordsIn(token).map((part) =>
      NUMBER.test(part) ? { keys: [part], number: true } : { keys: rules.stems(rules.fold(part)), number: false },
    );
    cache.set(token, keys);
  }
  return keys;
}

// The words of a text repeat: each is analysed once. The cache holds at most the vocabulary of
// the pages searched so far.
const keyCaches = new WeakMap<WordRules, Map<string, TextKeys[]>>();

function queryWord(core: string, rules: WordRules): QueryWord {
  const number = NUMBER.test(core);
  const lower = rules.fold(core);
  return { text: core, keys: number ? [core] : rules.stems(lower), number, little: rules.little.has(lower), rules };
}

/** Splits a query into words, read by a language's rules; text in straight or curly double quotes is a phrase. */
export function parseQuery(query: string, rules: WordRules): ParsedQuery {
  const words: QueryWord[] = [];
  const phrases: QueryWord[][] = [];
  const loose: QueryWord[] = [];
  for (const match of query.matchAll(/["“”]([^"“”]*)["“”]?|[^\s"“”]+/gu)) {
    const quoted = match[1];
    const parsed = wordsIn(quoted ?? match[0]).map((core) => queryWord(core, rules));
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

/** Whether a word of the text is a form of a word of the query: they share a stem, in the query's language. */
export function wordMatches(token: string, word: QueryWord): boolean {
  return wordKeys(token, word.rules).some(({ keys, number }) => {
    if (word.number) return number && keys.some((key) => numberMatches(key, word.text));
    return !number && keys.some((key) => word.keys.includes(key));
  });
}

/** A number of the text as written is the number asked for, or it with a percent sign: `17%` for `17`. */
function numberMatches(written: string, asked: string): boolean {
  return written === asked || (!asked.endsWith('%') && written === `${asked}%`);
}

/** The page's text as Pagefind counts it: one word per run of non-space characters. */
export function splitWords(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}
