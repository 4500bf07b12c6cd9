// The words of the indexed text, counted when the site is built (pagefind/vocabulary.json) and read
// by the search to tell the reader which words are not in the text and which are near them.
import { isNumberAsWritten, wordKeys, wordsIn, type QueryWord, type WordRules } from './search-query.ts';
import { DEFAULT_LANGUAGE } from '../site/versions.ts';

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
  /** The rules of the language of the text: a query is read by them too. */
  rules: WordRules;
  has(word: QueryWord): boolean;
  /** The words of the text nearest to a word that is not in it, most likely first: its endings, then misspellings. */
  nearest(word: QueryWord, limit?: number): string[];
  /**
   * The words of the text a word was found as, when the word as typed is not one of them
   * (heroine → heroin): the search says what it searched for. Empty when the text has it as typed.
   */
  foundAs(word: QueryWord): string[];
}

/** Prepares a vocabulary for look-ups, its words read by the rules of their language. */
export function lexicon(vocabulary: Vocabulary, rules: WordRules): Lexicon {
  const entries = Object.entries(vocabulary.words);
  const keys = new Set(entries.flatMap(([word]) => wordKeys(word, rules).flatMap((part) => part.keys)));
  const numbers = new Set(entries.map(([word]) => word).filter((word) => isNumberAsWritten(word)));
  // The words of the text by stem, the most frequent first.
  const stems = new Map<string, string[]>();
  for (const [word] of [...entries].sort((a, b) => b[1] - a[1])) {
    if (isNumberAsWritten(word)) continue;
    for (const key of wordKeys(word, rules).flatMap((part) => part.keys))
      stems.set(key, [...(stems.get(key) ?? []), word]);
  }
  return {
    rules,
    foundAs(word) {
      if (word.number || word.little || vocabulary.words[word.text.toLowerCase()] !== undefined) return [];
      return [...new Set(word.keys.flatMap((key) => stems.get(key) ?? []))].slice(0, 3);
    },
    has(word) {
      if (!word.number) return word.keys.some((key) => keys.has(key));
      return numbers.has(word.text) || (!word.text.endsWith('%') && numbers.has(`${word.text}%`));
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
      // A misspelt beginning of a longer word (trafic → trafficking) comes after the misspellings of
      // whole words: one slip in the first letters, from five letters typed.
      const misspeltStart = (candidate: string): number => {
        if (typed.length < 5) return Infinity;
        const slips = [0, 1, 2].map((extra) => editDistance(typed, candidate.slice(0, typed.length + extra - 1)));
        return Math.min(...slips) <= 1 ? most : Infinity;
      };
      return entries
        .filter(([candidate]) => !isNumberAsWritten(candidate) && candidate.length > 2 && !rules.little.has(candidate))
        .map(([candidate, count]) => ({
          candidate,
          count,
          distance: completes(candidate) ? 0 : Math.min(editDistance(typed, candidate), misspeltStart(candidate) + 0.5),
        }))
        .filter(({ distance }) => distance <= most + 0.5)
        .sort((a, b) => a.distance - b.distance || b.count - a.count || a.candidate.localeCompare(b.candidate))
        .slice(0, limit)
        .map(({ candidate }) => candidate);
    },
  };
}

/**
 * The file beside Pagefind's bundle that lists the words of a language's indexed text:
 * `vocabulary.json` for the default language, `vocabulary.ru.json` for another.
 */
export function vocabularyFile(lang: string): string {
  return lang === DEFAULT_LANGUAGE ? 'vocabulary.json' : `vocabulary.${lang}.json`;
}
