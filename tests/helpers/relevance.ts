import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { englishRules, type WordRules } from '../../src/lib/search/search-query.ts';
import type { Lexicon } from '../../src/lib/search/search-vocabulary.ts';
import { searchText, type SearchAnswer, type SearchEngine } from '../../src/lib/search/search-results.ts';

/** A question of the relevance set and the paragraphs that answer it. */
export interface Question {
  q: string;
  /** Paragraph ids (`p5`), or `none` when the text does not answer it. */
  answer: string[] | 'none';
  kind: string;
  /** The pages that hold the answering paragraphs, by address (`/ru/releases/<release>/<topic>/`). */
  pages?: string[];
  /** For a misspelling: the word of the text that should be offered. */
  suggest?: string;
  note?: string;
}

/**
 * The relevance set of a language: `tests/relevance/questions.yaml` for English (asked of the real
 * release), `questions-<lang>.yaml` for another (asked of that version of the invented release).
 */
export function relevanceQuestions(lang = 'en'): Question[] {
  const file = lang === 'en' ? 'questions.yaml' : `questions-${lang}.yaml`;
  return parse(readFileSync(join(import.meta.dirname, '../relevance', file), 'utf8')) as Question[];
}

// The results a reader sees: the search dialog shows the first eight.
const SHOWN = 8;

/** The paragraph ids a reader meets, in the order the results list them. */
export function paragraphOrder(answer: SearchAnswer): string[] {
  const ids = answer.results
    .slice(0, SHOWN)
    .flatMap((result) => [result.url, ...result.paragraphs.map((paragraph) => paragraph.url)])
    .flatMap((url) => /#(p\d+)$/u.exec(url)?.[1] ?? []);
  return [...new Set(ids)];
}

/** The pages on which the results a reader meets show one of the given paragraphs, in address order. */
export function pagesShowing(answer: SearchAnswer, ids: readonly string[]): string[] {
  const pages = answer.results
    .slice(0, SHOWN)
    .flatMap((result) => [result.url, ...result.paragraphs.map((paragraph) => paragraph.url)])
    .flatMap((url) => {
      const [, page = '', id = ''] = /^([^#]*)#(p\d+)$/u.exec(url) ?? [];
      return ids.includes(id) ? [page] : [];
    });
  return [...new Set(pages)].sort();
}

/** The words of a text, lower case, with ё read as е (Russian writes either for the same letter). */
export const words = (text: string): string[] =>
  [...text.toLowerCase().matchAll(/\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) =>
    m[0].replace(/['’]s$/u, '').replace(/ё/gu, 'е'),
  );

/**
 * How long an ending the yardstick below allows, by language, judged from each grammar and not
 * from the search's rules. English and Russian inflect a word by one ending of at most four letters
 * (English -ings, -ies; Russian -ями, -ого, -иями, -ешь). Kazakh stacks them: a plural, a
 * possessive and a case, in that order (торғай → торғайлардың, six letters; суықторғайларындағы,
 * nine: -лар, -ы, -ндағы), so nine letters. Like the English limit, it judges by beginnings and
 * lengths only: it does not tell a derivation from an inflection (бақылау would pass for бақ, as
 * `lawyer` for `law`), nor a shorter word from a form without its ending (снег, snow, would pass for
 * снегирь, as книг does for книгами), which the unit tests of each language's rules do; but a word
 * that holds a word asked for without beginning with it (суықторғай for торғай) is never fair.
 */
const ENDING: Record<string, number> = { en: 4, ru: 4, kk: 9 };

/**
 * Kazakh writes the voiceless consonant that ends a stem voiced before an ending that begins with
 * a vowel (бақ → бағы, жидек → жидегі, кітап → кітабы): at the last letter of either word, these
 * pairs count as the same letter.
 */
const ALTERNATING: Record<string, readonly string[]> = { kk: ['қғ', 'кг', 'пб'] };

/**
 * Whether a highlighted word is fair for a query, judged without the search's own rules: the same
 * word, or the same number (with or without `%`), or a word sharing all but its ending with a word
 * asked for (at least three letters in common, endings no longer than the language's, see ENDING).
 * A prefix of a word asked for (`K.` for `Kyrgyzstan`, `as` for `asets`) is not fair.
 */
export function fairWord(word: string, asked: readonly string[], lang = 'en'): boolean {
  const ending = ENDING[lang.split('-')[0] ?? ''] ?? 4;
  const pairs = ALTERNATING[lang.split('-')[0] ?? ''] ?? [];
  return asked.some((q) => {
    if (word === q) return true;
    if (/^\d/u.test(q) || /^\d/u.test(word)) return !q.endsWith('%') && word === `${q}%`;
    const same = (a: string, b: string | undefined, i: number): boolean =>
      a === b ||
      ((i === word.length - 1 || i === q.length - 1) &&
        pairs.some((pair) => pair.includes(a) && pair.includes(b ?? '-')));
    const shared = [...word].findIndex((c, i) => !same(c, q[i], i));
    const common = shared === -1 ? word.length : shared;
    return (
      common >= 3 &&
      word.length - common <= ending &&
      q.length - common <= ending &&
      common >= Math.min(word.length, q.length) - 3
    );
  });
}

/**
 * The highlights of an answer that are not fair: a word not asked for, or a little word alone
 * (little by the rules of the answer's language).
 */
export function unfairHighlights(answer: SearchAnswer, question: string, rules: WordRules = englishRules): string[] {
  const asked = words(question);
  const little = (word: string): boolean => rules.little.has(rules.fold(word));
  const segments = answer.results
    .slice(0, SHOWN)
    .flatMap((result) => [result.segments, ...result.paragraphs.map((paragraph) => paragraph.segments)])
    .flat()
    .filter((segment) => segment.mark);
  return segments
    .filter((segment) => {
      const marked = words(segment.text);
      const alone = marked.every(little);
      return (
        marked.length === 0 ||
        (alone && asked.some((word) => !little(word))) ||
        !marked.every((word) => fairWord(word, asked, rules.lang))
      );
    })
    .map((segment) => segment.text);
}

/** One question's outcome. */
export interface Outcome {
  question: Question;
  answer: SearchAnswer;
  paragraphs: string[];
  /** The first paragraph hit answers the question (for `none`: nothing is offered as an answer). */
  firstRight: boolean;
  /** 1 / rank of the first right paragraph; undefined for `none`. */
  reciprocalRank: number | undefined;
  /** Results offered as answers to a question the text does not answer. */
  falseHits: number;
  unfair: string[];
  /** For a misspelling: the intended word is offered. */
  suggested: boolean | undefined;
  /** The pages on which the results show a paragraph that answers it. */
  pages: string[];
}

/** The measures over the whole set. */
export interface RelevanceReport {
  outcomes: Outcome[];
  questions: number;
  firstRight: number;
  meanReciprocalRank: number;
  falseHits: number;
  unfairHighlights: number;
  typosSuggested: string;
}

/**
 * Runs every question of the set through a search (by default the one the browser runs), and scores
 * it; the set and the rules of little words are those of the lexicon's language.
 */
export async function measureRelevance(
  engine: SearchEngine,
  lexicon: Lexicon,
  questions = relevanceQuestions(lexicon.rules.lang),
  search: (engine: SearchEngine, lexicon: Lexicon, text: string) => Promise<SearchAnswer> = searchText,
): Promise<RelevanceReport> {
  const outcomes: Outcome[] = [];
  for (const question of questions) {
    const answer = await search(engine, lexicon, question.q);
    const paragraphs = paragraphOrder(answer);
    // An answer is offered only when every word asked for is in the text; results for the other
    // words come under a plain statement that some are not, and are not offered as an answer.
    const offered = answer.absent.length === 0 ? answer.results.slice(0, SHOWN) : [];
    const expected = question.answer;
    const rank = expected === 'none' ? -1 : paragraphs.findIndex((id) => expected.includes(id));
    outcomes.push({
      question,
      answer,
      paragraphs,
      firstRight: expected === 'none' ? offered.length === 0 : expected.includes(paragraphs[0] ?? ''),
      reciprocalRank: expected === 'none' ? undefined : rank < 0 ? 0 : 1 / (rank + 1),
      falseHits: expected === 'none' ? offered.length : 0,
      unfair: unfairHighlights(answer, question.q, lexicon.rules),
      suggested:
        question.suggest === undefined
          ? undefined
          : answer.suggestions.some((s) => s.options.includes(question.suggest ?? '')),
      pages: expected === 'none' ? [] : pagesShowing(answer, expected),
    });
  }
  const ranks = outcomes.flatMap((outcome) => outcome.reciprocalRank ?? []);
  const typos = outcomes.filter((outcome) => outcome.suggested !== undefined);
  return {
    outcomes,
    questions: outcomes.length,
    firstRight: outcomes.filter((outcome) => outcome.firstRight).length,
    meanReciprocalRank: ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length,
    falseHits: outcomes.reduce((sum, outcome) => sum + outcome.falseHits, 0),
    unfairHighlights: outcomes.reduce((sum, outcome) => sum + outcome.unfair.length, 0),
    typosSuggested: `${typos.filter((outcome) => outcome.suggested).length} of ${typos.length}`,
  };
}
