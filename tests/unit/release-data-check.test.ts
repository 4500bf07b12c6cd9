import { describe, expect, it } from 'vitest';
import {
  checkReleaseData,
  locateSentence,
  ReleaseDataError,
  type ReleaseDataInput,
} from '../../src/lib/data/release-data-check';
import type { ParagraphPlace } from '../../src/lib/data/release-data';
import type { DateData } from '../../src/schemas/date';
import type { FigureData } from '../../src/schemas/figure';
import type { InstructionData } from '../../src/schemas/instruction';
import type { PersonData } from '../../src/schemas/person';

// A small release: two paragraphs of a lead, two of a topic.
const paragraphs = [
  'December 21, 2018, Astana. Under the chairmanship of General Prosecutor Kairat Kozhamzharov, a council met.',
  'The Assistant to the President, Gabit Baizhanov, took part.',
  "Detection of drug dealers decreased in 2017 by 15%, in the current one by 30%. Prosecutor's checks found illegal 1,5 thousand sentences.",
  'The Ministry of Justice was tasked to accelerate the IT system. He also directed the authorized agencies to act.',
];
const places: ParagraphPlace[] = [
  { topic: 'Overview', topicId: undefined, page: 'releases/r/' },
  { topic: 'Overview', topicId: undefined, page: 'releases/r/' },
  { topic: 'Drugs', topicId: 'r/drugs', page: 'releases/r/drugs/' },
  { topic: 'Drugs', topicId: 'r/drugs', page: 'releases/r/drugs/' },
];
const placeOf = (n: number): ParagraphPlace => places[n - 1] ?? { topic: '?', topicId: undefined, page: '?' };

const entry = <D>(file: string, id: string, data: D) => ({ id, file, data });
const figure = (id: string, data: Partial<FigureData> = {}) =>
  entry<FigureData>('data/figures.yaml', id, {
    id,
    kind: 'change',
    value: 30,
    unit: '%',
    change: 'decrease',
    measure: 'Detection of drug dealers',
    period: 'current-year',
    sentence: 'Detection of drug dealers decreased in 2017 by 15%, in the current one by 30%.',
    ...data,
  });
const date = (id: string, data: Partial<DateData> = {}) =>
  entry<DateData>('data/dates.yaml', id, {
    id,
    as: 'the current one',
    when: '2018',
    reading: 'The year of the meeting',
    event: 'Detection fell',
    sentence: 'Detection of drug dealers decreased in 2017 by 15%, in the current one by 30%.',
    ...data,
  });
const person = (id: string, data: Partial<PersonData> = {}) =>
  entry<PersonData>('data/people.yaml', id, {
    id,
    kind: 'organisation',
    name: 'Ministry of Justice',
    sentence: 'The Ministry of Justice was tasked to accelerate the IT system.',
    ...data,
  });
const instruction = (id: string, data: Partial<InstructionData> = {}) =>
  entry<InstructionData>('data/instructions.yaml', id, {
    id,
    verb: 'tasked',
    to: { as: 'The Ministry of Justice', ref: 'ministry-of-justice' },
    what: 'Accelerate the IT system',
    sentence: 'The Ministry of Justice was tasked to accelerate the IT system.',
    ...data,
  });

const valid = (): ReleaseDataInput => ({
  figures: [
    figure('dealers-current-year'),
    figure('illegal', {
      kind: 'count',
      value: 1500,
      written: '1,5 thousand',
      unit: 'sentences',
      change: undefined,
      period: undefined,
      sentence: "Prosecutor's checks found illegal 1,5 thousand sentences.",
    }),
  ],
  instructions: [instruction('it-system')],
  people: [
    person('ministry-of-justice'),
    person('kozhamzharov', {
      kind: 'person',
      name: 'Kairat Kozhamzharov',
      role: 'General Prosecutor',
      sentence: 'Under the chairmanship of General Prosecutor Kairat Kozhamzharov, a council met.',
      mentions: [{ as: 'He', sentence: 'He also directed the authorized agencies to act.' }],
    }),
  ],
  dates: [
    date('current-year'),
    date('meeting-day', {
      as: 'December 21, 2018',
      when: '2018-12-21',
      reading: undefined,
      sentence: 'December 21, 2018, Astana.',
    }),
  ],
});

/** The problems a check reports, as `<file>: <datum>: <field>` prefixes. */
function problems(input: ReleaseDataInput): string[] {
  try {
    checkReleaseData(input, paragraphs, placeOf);
  } catch (error) {
    if (error instanceof ReleaseDataError) return error.problems.map((p) => p.message);
    throw error;
  }
  return [];
}

describe('checkReleaseData', () => {
  it('accepts data whose sentences, numbers and words are in the text, and derives paragraph and topic', () => {
    const data = checkReleaseData(valid(), paragraphs, placeOf);
    const [dealers, illegal] = data.figures;
    expect(dealers?.source).toEqual({
      sentence: 'Detection of drug dealers decreased in 2017 by 15%, in the current one by 30%.',
      paragraph: 3,
      anchor: 'p3',
      topic: 'Drugs',
      topicId: 'r/drugs',
      path: 'releases/r/drugs/#p3',
    });
    expect(dealers?.period?.id).toBe('current-year');
    expect(illegal?.written).toBe('1,5 thousand');
    expect(data.instructions[0]?.to?.person?.id).toBe('ministry-of-justice');
    expect(data.people.map((p) => [p.id, p.source.paragraph])).toEqual([
      ['kozhamzharov', 1],
      ['ministry-of-justice', 4],
    ]);
    expect(data.people[0]?.mentions[0]?.source.anchor).toBe('p4');
    expect(data.dates.map((d) => d.source.topic)).toEqual(['Overview', 'Drugs']);
  });

  it('fails when a sentence is not in the official text, naming the file, the datum and the field', () => {
    const input = valid();
    input.figures[0] = figure('dealers-current-year', {
      sentence: 'Detection of drug dealers decreased in 2017 by 16%, in the current one by 30%.',
    });
    expect(problems(input)).toEqual([
      expect.stringMatching(
        /^data\/figures\.yaml: dealers-current-year: sentence: “Detection .*” is not a sentence of the official text, word for word \(paragraph 3 has “15%, in/u,
      ),
    ]);
  });

  it('fails on a part of a sentence, and on a sentence the text has twice', () => {
    expect(locateSentence('in the current one by 30%.', paragraphs)).toEqual({
      problem: expect.stringContaining('is in paragraph 3 but is not a whole sentence of it'),
    });
    expect(locateSentence('Same.', ['Same.', 'Other. Same.'])).toEqual({
      problem: expect.stringContaining('paragraphs 1 and 2'),
    });
    expect(locateSentence('  He also directed\nthe authorized agencies to act. ', paragraphs)).toEqual({
      paragraph: 4,
    });
  });

  it('fails when a figure’s number is not in its sentence', () => {
    const input = valid();
    input.figures[0] = figure('dealers-current-year', { value: 3 });
    expect(problems(input)).toEqual([
      expect.stringMatching(
        /^data\/figures\.yaml: dealers-current-year: value: the number “3” is not in its sentence/u,
      ),
    ]);
  });

  it('fails when the number is there but followed by another unit', () => {
    const input = valid();
    input.figures[0] = figure('dealers-current-year', { kind: 'quantity', change: undefined, unit: 'kg' });
    expect(problems(input)).toEqual([
      expect.stringMatching(
        /dealers-current-year: unit: the number “30” is in its sentence, but not followed by the unit “kg”/u,
      ),
    ]);
  });

  it('fails when the written number is not the value, or no number at all', () => {
    const input = valid();
    input.figures[1] = { ...input.figures[1]!, data: { ...input.figures[1]!.data, value: 150 } };
    expect(problems(input)).toEqual([
      expect.stringMatching(/illegal: written: “1,5 thousand” is 1500, not the value 150/u),
    ]);
    input.figures[1] = {
      ...input.figures[1]!,
      data: { ...input.figures[1]!.data, value: 1500, written: 'one and a half' },
    };
    expect(problems(input)).toEqual([
      expect.stringMatching(/illegal: written: “one and a half” is not a number/u),
      expect.stringMatching(/illegal: value: the number “one and a half” is not in its sentence/u),
    ]);
  });

  it('fails when quoted words, the verb or a reference are not right', () => {
    const input = valid();
    input.instructions[0] = instruction('it-system', {
      verb: 'directed',
      to: { as: 'The Ministry of Health', ref: 'ministry-of-health' },
    });
    input.people[0] = person('ministry-of-justice', { name: 'Ministry of Finance' });
    expect(problems(input)).toEqual([
      'data/people.yaml: ministry-of-justice: name: “Ministry of Finance” is not in its sentence, word for word',
      'data/instructions.yaml: it-system: to.as: “The Ministry of Health” is not in its sentence, word for word',
      'data/instructions.yaml: it-system: to.ref: “ministry-of-health” is not a person or organisation of the release (data/people.yaml)',
      'data/instructions.yaml: it-system: verb: “directed” is not in its sentence, word for word',
    ]);
  });

  it('fails on a date whose words do not give it, unless a reading says how it was read', () => {
    const input = valid();
    input.dates[0] = date('current-year', { reading: undefined });
    expect(problems(input)).toEqual([
      'data/dates.yaml: current-year: when: 2018 is not in “the current one”; add a reading that says how the date was read',
    ]);
  });

  it('fails on a period that is no date of the release, and on an id used twice', () => {
    const input = valid();
    input.figures[0] = figure('dealers-current-year', { period: 'next-decade' });
    input.dates.push(date('current-year'));
    expect(problems(input)).toEqual([
      'data/dates.yaml: current-year: id: is used by two dates of the release; each needs its own',
      'data/figures.yaml: dealers-current-year: period: “next-decade” is not a date of the release (data/dates.yaml)',
    ]);
  });

  it('offers the id of the release a mistyped reference was meant to be', () => {
    const input = valid();
    input.figures[0] = figure('dealers-current-year', { period: 'curent-year' });
    expect(problems(input)).toEqual([
      'data/figures.yaml: dealers-current-year: period: “curent-year” is not a date of the release (data/dates.yaml) (did you mean "current-year"?)',
    ]);
  });

  it('reports every problem at once, in one error that names each datum', () => {
    const input = valid();
    input.figures[0] = figure('dealers-current-year', { value: 31 });
    input.people[1] = person('kozhamzharov', {
      kind: 'person',
      name: 'Kairat Kozhamzharov',
      sentence: 'Not in the text.',
    });
    expect(() => checkReleaseData(input, paragraphs, placeOf)).toThrow(/2 problems\):\n {2}data\/.*\n {2}data\//u);
  });
});
