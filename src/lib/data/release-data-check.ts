import type { z } from 'astro/zod';
import { paragraphAnchor } from '../text/paragraphs';
import { normalizeWhitespace } from '../text/published-text';
import { ContentError } from '../text/release-model';
import type {
  DataEntry,
  ParagraphPlace,
  ReleaseData,
  ReleaseDate,
  ReleaseFigure,
  ReleaseInstruction,
  ReleasePerson,
  ResolvedParty,
  Source,
} from './release-data';
import { findWords, splitSentences } from '../text/sentences';
import { missingParts, parseWhen } from '../../schemas/when';
import { findWrittenNumber, parseWrittenNumber } from '../text/written-numbers';
import { dataKinds, type DataKind, type KindOf } from './kinds';

/** The data of one release as read from its files, before the checks: each kind read by its schema. */
export type ReleaseDataInput = { [K in DataKind]: DataEntry<z.output<KindOf<K>['schema']>>[] };

/** Every problem found in a release's data, one line each: `<file>: <datum>: <field>: <what>`. */
export class ReleaseDataError extends Error {
  readonly problems: ContentError[];

  constructor(problems: ContentError[]) {
    super(
      `the release data does not match the official text (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n` +
        problems.map((problem) => `  ${problem.message}`).join('\n'),
    );
    this.name = 'ReleaseDataError';
    this.problems = problems;
  }
}

function quote(text: string, max = 80): string {
  return `“${text.length > max ? `${text.slice(0, max - 3)}...` : text}”`;
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
  return { problem: `${quote(wanted)} is not a sentence of the official text, word for word${hint}` };
}

/**
 * Checks every datum of a release against the release's official text and resolves what the
 * data refer to. Fails with every problem, each naming the file, the datum and the field: a
 * sentence not in the text word for word, a number or unit not in its sentence, quoted words not
 * in their sentence, a date whose words do not give it, a reference to no datum, an id used twice.
 */
export function checkReleaseData(
  input: ReleaseDataInput,
  paragraphs: readonly string[],
  placeOf: (paragraph: number) => ParagraphPlace,
): ReleaseData {
  const problems: ContentError[] = [];
  const sentences = sentencesOf(paragraphs);
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

  const requireWords = (entry: DataEntry<unknown>, field: string, words: string | undefined, source: Source): void => {
    if (words !== undefined && findWords(source.sentence, words).length === 0) {
      report(entry, field, `${quote(words)} is not in its sentence, word for word`);
    }
  };

  for (const { id: kind } of dataKinds) {
    const seen = new Set<string>();
    for (const entry of input[kind]) {
      if (seen.has(entry.id)) report(entry, 'id', `is used by two ${kind} of the release; each needs its own`);
      seen.add(entry.id);
    }
  }

  const dates: ReleaseDate[] = [];
  for (const entry of input.dates) {
    const source = sourceOf(entry, 'sentence', entry.data.sentence);
    const when = parseWhen(entry.data.when);
    if (!source || !when) {
      if (!when) report(entry, 'when', `${quote(entry.data.when)} is not a date or period`);
      continue;
    }
    requireWords(entry, 'as', entry.data.as, source);
    const missing = missingParts(when, entry.data.as);
    if (missing.length > 0 && entry.data.reading === undefined) {
      report(
        entry,
        'when',
        `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in ${quote(entry.data.as)}; add a reading that says how the date was read`,
      );
    }
    dates.push({ id: entry.id, data: entry.data, when, source });
  }

  const people: ReleasePerson[] = [];
  for (const entry of input.people) {
    const source = sourceOf(entry, 'sentence', entry.data.sentence);
    const mentions = (entry.data.mentions ?? []).flatMap((mention, i) => {
      const mentionSource = sourceOf(entry, `mentions.${i + 1}.sentence`, mention.sentence);
      if (!mentionSource) return [];
      requireWords(entry, `mentions.${i + 1}.as`, mention.as, mentionSource);
      return [{ as: mention.as, source: mentionSource }];
    });
    if (!source) continue;
    requireWords(entry, 'name', entry.data.name, source);
    requireWords(entry, 'role', entry.data.role, source);
    const label = entry.data.name ?? entry.data.role ?? entry.id;
    people.push({ id: entry.id, data: entry.data, label, source, mentions });
  }

  const figures: ReleaseFigure[] = [];
  for (const entry of input.figures) {
    const source = sourceOf(entry, 'sentence', entry.data.sentence);
    const { value, unit } = entry.data;
    const written = entry.data.written ?? String(value);
    const writtenValue = parseWrittenNumber(written);
    if (entry.data.written !== undefined && writtenValue !== value) {
      report(
        entry,
        'written',
        writtenValue === undefined
          ? `${quote(written)} is not a number as a text writes one`
          : `${quote(written)} is ${writtenValue}, not the value ${value}`,
      );
    }
    const period = entry.data.period === undefined ? undefined : dates.find((date) => date.id === entry.data.period);
    if (entry.data.period !== undefined && !period && !input.dates.some((date) => date.id === entry.data.period)) {
      report(entry, 'period', `${quote(entry.data.period)} is not a date of the release (data/dates.yaml)`);
    }
    if (!source) continue;
    if (findWrittenNumber(source.sentence, written, unit).length === 0) {
      report(
        entry,
        findWrittenNumber(source.sentence, written).length > 0 ? 'unit' : 'value',
        findWrittenNumber(source.sentence, written).length > 0
          ? `the number ${quote(written)} is in its sentence, but not followed by the unit ${quote(unit)}`
          : `the number ${quote(written)} is not in its sentence ${quote(source.sentence)}`,
      );
    }
    figures.push({ id: entry.id, data: entry.data, written, period, source });
  }

  const instructions: ReleaseInstruction[] = [];
  for (const entry of input.instructions) {
    const source = sourceOf(entry, 'sentence', entry.data.sentence);
    const resolve = (field: 'by' | 'to'): ResolvedParty | undefined => {
      const party = entry.data[field];
      if (!party) return undefined;
      if (source) requireWords(entry, `${field}.as`, party.as, source);
      const person = party.ref === undefined ? undefined : people.find((candidate) => candidate.id === party.ref);
      if (party.ref !== undefined && !person && !input.people.some((candidate) => candidate.id === party.ref)) {
        report(
          entry,
          `${field}.ref`,
          `${quote(party.ref)} is not a person or organisation of the release (data/people.yaml)`,
        );
      }
      return { party, person };
    };
    const by = resolve('by');
    const to = resolve('to');
    if (!source) continue;
    requireWords(entry, 'verb', entry.data.verb, source);
    requireWords(entry, 'due', entry.data.due, source);
    instructions.push({ id: entry.id, data: entry.data, by, to, source });
  }

  if (problems.length > 0) throw new ReleaseDataError(problems);
  const inTextOrder = <T extends { source: Source }>(list: T[]): T[] =>
    [...list].sort((a, b) => a.source.paragraph - b.source.paragraph);
  return {
    figures: inTextOrder(figures),
    instructions: inTextOrder(instructions),
    people: inTextOrder(people),
    dates: inTextOrder(dates),
  };
}
