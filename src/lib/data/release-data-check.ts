import type { z } from 'astro/zod';
import { paragraphAnchor } from '../text/paragraphs.ts';
import { normalizeWhitespace } from '../text/published-text.ts';
import { ContentError, ContentErrors } from '../check/content-error.ts';
import type { DataEntry, ParagraphPlace, Source } from './release-data.ts';
import { findWords, splitSentences } from '../text/sentences.ts';
import { nearestDifference } from '../text/text-difference.ts';
import { checkOrder, dataKinds, type DataKind, type KindOf, type ReleaseData } from './kinds/index.ts';
import { quote, type CheckContext, type NeededKind } from './kinds/kind.ts';

/** The data of one release as read from its files, before the checks: each kind read by its schema. */
export type ReleaseDataInput = { [K in DataKind]: DataEntry<z.output<KindOf<K>['schema']>>[] };

/** Every problem found in a release's data, one line each: `<file>: <datum>: <field>: <what>`. */
export class ReleaseDataError extends ContentErrors {
  constructor(problems: ContentError[], what = 'the release data does not match the official text') {
    super(problems, what);
    this.name = 'ReleaseDataError';
  }
}

/** The sentences of each paragraph, split once. */
function sentencesOf(paragraphs: readonly string[]): string[][] {
  return paragraphs.map((paragraph) => splitSentences(paragraph));
}

/**
 * Finds the paragraph that holds `sentence` as one of its sentences, word for word (only white
 * space may differ). Returns the paragraph number, or why the sentence was not found.
 */
export function locateSentence(
  sentence: string,
  paragraphs: readonly string[],
  sentences: readonly string[][] = sentencesOf(paragraphs),
): { paragraph: number } | { problem: string } {
  const wanted = normalizeWhitespace(sentence);
  const holders = sentences.flatMap((list, i) => (list.includes(wanted) ? [i + 1] : []));
  if (holders.length === 1 && holders[0] !== undefined) return { paragraph: holders[0] };
  if (holders.length > 1) {
    return {
      problem: `${quote(wanted)} is a sentence of paragraphs ${holders.join(' and ')}; it cannot say which it comes from`,
    };
  }
  const within = paragraphs.findIndex((paragraph) => paragraph.includes(wanted));
  if (within >= 0) {
    return {
      problem: `${quote(wanted)} is in paragraph ${within + 1} but is not a whole sentence of it; quote the whole sentence`,
    };
  }
  // Point at the sentence that starts the same way, to show where the quotation departs from it.
  let best = { length: 0, paragraph: 0, sentence: '' };
  sentences.forEach((list, i) => {
    for (const candidate of list) {
      let length = 0;
      while (length < candidate.length && candidate[length] === wanted[length]) length += 1;
      if (length > best.length) best = { length, paragraph: i + 1, sentence: candidate };
    }
  });
  // Show the difference from the start of the word where it begins.
  const from = best.sentence.lastIndexOf(' ', best.length - 1) + 1;
  const hint =
    best.length >= 12
      ? ` (paragraph ${best.paragraph} has ${quote(best.sentence.slice(from, from + 30), 40)} where the datum has ${quote(wanted.slice(from, from + 30), 40)})`
      : '';
  // Both sentences one above the other, with a caret under the first difference.
  const display = best.length > 0 ? (nearestDifference(wanted, [best.sentence])?.display ?? []) : [];
  return {
    problem: [`${quote(wanted)} is not a sentence of the official text, word for word${hint}`, ...display].join('\n'),
  };
}

/** A kind of the registry, its exact types set aside: the checker treats every kind alike. */
type AnyKind = (typeof dataKinds)[number];

/**
 * Checks every datum of a release against the release's official text, each kind by its own
 * `check`, in `checkOrder` (each after the kinds it needs), and resolves what the data refer to. Fails with every
 * problem, each naming the file, the datum and the field, listed kind by kind in the order they
 * are checked, so that a datum referred to is reported before those that refer to it: a sentence not in the text word for word, a number or unit not in its sentence, quoted
 * words not in their sentence, a date whose words do not give it, a reference to no datum, an id
 * used twice.
 */
export function checkReleaseData(
  input: ReleaseDataInput,
  paragraphs: readonly string[],
  placeOf: (paragraph: number) => ParagraphPlace,
): ReleaseData {
  const sentences = sentencesOf(paragraphs);
  const problems: ContentError[] = [];
  const checked = new Map<string, { id: string; source: Source }[]>();
  let current: AnyKind = dataKinds[0];

  const report = (entry: DataEntry<unknown>, field: string, message: string): void => {
    problems.push(new ContentError(entry.file, `${entry.id}: ${field}`, message));
  };
  const sourceOf = (entry: DataEntry<unknown>, field: string, sentence: string): Source | undefined => {
    const found = locateSentence(sentence, paragraphs, sentences);
    if ('problem' in found) {
      report(entry, field, found.problem);
      return undefined;
    }
    const place = placeOf(found.paragraph);
    const anchor = paragraphAnchor(found.paragraph).id;
    return {
      sentence: normalizeWhitespace(sentence),
      paragraph: found.paragraph,
      anchor,
      topic: place.topic,
      topicId: place.topicId,
      path: `${place.page}#${anchor}`,
    };
  };
  const context: CheckContext = {
    sourceOf,
    report,
    requireWords: (entry, field, words, source) => {
      if (words !== undefined && findWords(source.sentence, words).length === 0) {
        report(entry, field, `${quote(words)} is not in its sentence, word for word`);
      }
    },
    checked: <Checked>(kind: NeededKind<Checked>) => {
      const list = checked.get(kind.id);
      if (!list || !(current.needs ?? []).some((needed) => needed.id === kind.id)) {
        throw new Error(`data kind ${current.id} reads ${kind.id} without naming it in its needs`);
      }
      return list as unknown as Checked[];
    },
    has: (kind, id) => input[kind.id as DataKind].some((entry) => entry.id === id),
    idsOf: (kind) => input[kind.id as DataKind].map((entry) => entry.id),
  };

  for (const kind of checkOrder as readonly AnyKind[]) {
    current = kind;
    const seen = new Set<string>();
    const list: { id: string; source: Source }[] = [];
    for (const entry of input[kind.id]) {
      if (seen.has(entry.id)) report(entry, 'id', `is used by two ${kind.id} of the release; each needs its own`);
      seen.add(entry.id);
    }
    for (const entry of input[kind.id]) {
      // Each kind's entries were read by its own schema, which its check expects.
      const datum = kind.check(entry as never, context);
      if (datum) list.push(datum);
    }
    checked.set(kind.id, list);
  }

  if (problems.length > 0) throw new ReleaseDataError(problems);
  return Object.fromEntries(
    dataKinds.map((kind) => [
      kind.id,
      [...(checked.get(kind.id) ?? [])].sort((a, b) => a.source.paragraph - b.source.paragraph),
    ]),
  ) as ReleaseData;
}
