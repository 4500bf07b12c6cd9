import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePublishedText } from '../../src/lib/text/published-text';
import { LITTLE_WORDS } from '../../src/lib/search/search-query';
import type { Lexicon } from '../../src/lib/search/search-vocabulary';
import type { SearchEngine } from '../../src/lib/search/search-results';
import { siteDir } from '../helpers/build';
import { loadPagefind } from '../helpers/pagefind';
import { pagefindAloneAnswer } from '../helpers/pagefind-alone';
import { releaseDir } from '../helpers/release-data';
import { measureRelevance, relevanceQuestions, type RelevanceReport } from '../helpers/relevance';

const questions = relevanceQuestions();
let engine: SearchEngine;
let lexicon: Lexicon;
let report: RelevanceReport;

beforeAll(async () => {
  ({ engine, lexicon } = await loadPagefind(siteDir));
  report = await measureRelevance(engine, lexicon);
});

describe('the relevance set', () => {
  const paragraphs = parsePublishedText(readFileSync(join(releaseDir, 'press-release.txt'), 'utf8')).paragraphs;

  it('asks at least 40 questions of every kind, each answered by paragraphs of the text or by none', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((question) => question.kind))).toEqual(
      new Set(['figure', 'date', 'agency', 'person', 'place', 'phrase', 'question', 'typo', 'absent']),
    );
    for (const { q, answer } of questions) {
      if (answer === 'none') continue;
      expect(answer.length, q).toBeGreaterThan(0);
      // Each answering paragraph exists and holds a word of the question (or its stem) as written.
      for (const id of answer) {
        const text = paragraphs[Number(id.slice(1)) - 1]?.toLowerCase() ?? '';
        expect(text, `${q} → ${id}`).not.toBe('');
        const words = q.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N},%]*/gu) ?? [];
        const telling = words.filter((word) => !LITTLE_WORDS.has(word));
        expect(
          telling.some((word) => text.includes(word.slice(0, Math.max(3, word.length - 2)))),
          `${q} → ${id}`,
        ).toBe(true);
      }
    }
  });
});

describe('search over the relevance set, as the browser runs it on the built index', () => {
  it('offers no result for what the text does not hold', () => {
    const offending = report.outcomes.filter((outcome) => outcome.falseHits > 0).map((outcome) => outcome.question.q);
    expect(offending).toEqual([]);
    expect(report.falseHits).toBe(0);
  });

  it('highlights only words asked for, and never a little word alone', () => {
    const unfair = report.outcomes
      .filter((outcome) => outcome.unfair.length > 0)
      .map((outcome) => `${outcome.question.q}: ${outcome.unfair.join(' | ')}`);
    expect(unfair).toEqual([]);
  });

  it('says which words are not in the text and offers the intended word for a misspelling', () => {
    for (const outcome of report.outcomes.filter((o) => o.question.kind === 'typo' || o.question.kind === 'absent')) {
      const { answer, question } = outcome;
      if (question.q.startsWith('"')) continue;
      expect(answer.absent.length, question.q).toBeGreaterThan(0);
    }
    expect(report.outcomes.filter((outcome) => outcome.suggested === false).map((o) => o.question.q)).toEqual([]);
  });

  it('puts a right paragraph first for at least nine questions in ten', () => {
    const wrong = report.outcomes
      .filter((outcome) => !outcome.firstRight)
      .map((outcome) => `${outcome.question.q}: ${outcome.paragraphs.slice(0, 3).join(', ')}`);
    expect(report.firstRight / report.questions, wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(report.meanReciprocalRank).toBeGreaterThanOrEqual(0.9);
  });

  it('is measured by checks that catch what Pagefind alone shows: prefixes, little words, absent words', async () => {
    const alone = await measureRelevance(engine, lexicon, questions, (e, _words, text) => pagefindAloneAnswer(e, text));
    expect(alone.falseHits).toBeGreaterThan(0);
    expect(alone.unfairHighlights).toBeGreaterThan(0);
    const kyrgyzstan = alone.outcomes.find((outcome) => outcome.question.q === 'Kyrgyzstan');
    expect(kyrgyzstan?.unfair.join(' ')).toMatch(/K\./u);
  });
});
