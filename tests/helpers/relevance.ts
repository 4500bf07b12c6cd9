import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LITTLE_WORDS } from '../../src/lib/search/search-query.ts';
import type { Lexicon } from '../../src/lib/search/search-vocabulary.ts';
import { searchText, type SearchAnswer, type SearchEngine } from '../../src/lib/search/search-results.ts';

/** A question of the relevance set and the paragraphs that answer it. */
export interface Question {
  q: string;
  /** Paragraph ids (`p5`), or `none` when the text does not answer it. */
  answer: string[] | 'none';
  kind: string;
  /** For a misspelling: the word of the text that should be offered. */
  suggest?: string;
  note?: string;
}

/** The relevance set, `tests/relevance/questions.yaml`. */
export function relevanceQuestions(): Question[] {
  return parse(readFileSync(join(import.meta.dirname, '../relevance/questions.yaml'), 'utf8')) as Question[];
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

const words = (text: string): string[] =>
  [...text.toLowerCase().matchAll(/\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)].map((m) =>
    m[0].replace(/['’]s$/u, ''),
  );

/**
 * Whether a highlighted word is fair for a query, judged without the search's own rules: the same
 * word, or the same number (with or without `%`), or a word sharing all but its ending with a word
 * asked for (at least three letters in common, endings up to four letters). A prefix of a word
 * asked for (`K.` for `Kyrgyzstan`, `as` for `asets`) is not fair.
 */
function fairWord(word: string, asked: readonly string[]): boolean {
  return asked.some((q) => {
    if (word === q) return true;
    if (/^\d/u.test(q) || /^\d/u.test(word)) return !q.endsWith('%') && word === `${q}%`;
    const shared = [...word].findIndex((c, i) => q[i] !== c);
    const common = shared === -1 ? word.length : shared;
    return (
      common >= 3 &&
      word.length - common <= 4 &&
      q.length - common <= 4 &&
      common >= Math.min(word.length, q.length) - 3
    );
  });
}

/** The highlights of an answer that are not fair: a word not asked for, or a little word alone. */
export function unfairHighlights(answer: SearchAnswer, question: string): string[] {
  const asked = words(question);
  const segments = answer.results
    .slice(0, SHOWN)
    .flatMap((result) => [result.segments, ...result.paragraphs.map((paragraph) => paragraph.segments)])
    .flat()
    .filter((segment) => segment.mark);
  return segments
    .filter((segment) => {
      const marked = words(segment.text);
      const alone = marked.every((word) => LITTLE_WORDS.has(word));
      return (
        marked.length === 0 ||
        (alone && asked.some((word) => !LITTLE_WORDS.has(word))) ||
        !marked.every((word) => fairWord(word, asked))
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

/** Runs every question of the set through a search (by default the one the browser runs), and scores it. */
export async function measureRelevance(
  engine: SearchEngine,
  lexicon: Lexicon,
  questions = relevanceQuestions(),
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
      unfair: unfairHighlights(answer, question.q),
      suggested:
        question.suggest === undefined
          ? undefined
          : answer.suggestions.some((s) => s.options.includes(question.suggest ?? '')),
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
