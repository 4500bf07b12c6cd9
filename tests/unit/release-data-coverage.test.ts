import { describe, expect, it } from 'vitest';
import {
  figureText,
  instructionsByAgency,
  timeline,
  timelineAround,
  UNNAMED_ADDRESSEE,
} from '../../src/lib/data/release-data';
import type { ReleaseDate } from '../../src/lib/data/kinds/dates';
import { parseWhen } from '../../src/schemas/when';
import { splitSentences } from '../../src/lib/text/sentences';
import { numbersIn } from '../../src/lib/text/written-numbers';
import { realReleaseData } from '../helpers/release-data';
import { paragraphLines } from '../helpers/source';

const { published, data } = realReleaseData();
const sentences = published.paragraphs.flatMap((paragraph) => splitSentences(paragraph));
const sources = [
  ...data.figures.map((d) => d.source),
  ...data.instructions.map((d) => d.source),
  ...data.people.flatMap((d) => [d.source, ...d.mentions.map((m) => m.source)]),
  ...data.dates.map((d) => d.source),
];
const cited = sources.map((source) => source.sentence);

// The published paragraphs as the source file gives them, one a line, read without the site's
// parsing or sentence splitting.
const sourceParagraphs = paragraphLines(6, 54);

/**
 * Whether `sentence` stands whole in `paragraph`: at its start or after the end of a sentence and a
 * space, and at its end or before a space.
 */
function standsWhole(sentence: string, paragraph: string): boolean {
  if (!/[.!?]['"’”)]*$/u.test(sentence)) return false;
  for (let at = paragraph.indexOf(sentence); at >= 0; at = paragraph.indexOf(sentence, at + 1)) {
    const before = paragraph.slice(0, at);
    const after = paragraph.slice(at + sentence.length);
    if ((before === '' || /[.!?]['"’”)]* $/u.test(before)) && (after === '' || after.startsWith(' '))) return true;
  }
  return false;
}

// The sentences of the release that carry a number, read off the published text by hand. The test
// below keeps the list honest: it must be every sentence of the text that has a digit.
const sentencesWithNumbers = [
  'December 21, 2018, Astana.',
  'In his speech, the head of the supervisory authority, Kairat Kozhamzharov, also noted that, despite the decrease in drug crimes, on average, by 9%, the number of drug addicts and crimes committed in a state of drug intoxication does not decrease.',
  '97 tons of various drugs were seized, including 387 kg of heroin.',
  'Detection of drug dealers decreased in 2017 by 15%, in the current one by 30%.',
  'Only 30% of criminal cases are open against drug dealers.',
  "Prosecutor's checks found illegal 1,5 thousand sentences on the termination and interruption of criminal cases in this category.",
  'The last such program was implemented in 2016.',
  'Since 2015, only 17% of the stolen funds has been recovered.',
  'A random inspection by prosecutors revealed 86 facts of no arrest of criminals’ property who sold and removed their assets.',
  "Following the meeting, the work plan of the Coordination Council for the first half of 2019 was approved, which included topical issues arising from the instructions of the Head of State and related to the protection of citizens' rights.",
];

// The sentences that give an instruction, with how many instructions each gives, by hand.
const instructionSentences: [string, number][] = [
  [
    'As a result of the meeting, the General Prosecutor directed law enforcement and special agencies to strengthen the work on identifying the chains of supply of drugs and their traffickers.',
    1,
  ],
  [
    'They proposed to revise the criteria for evaluating the units activities in the fight against drug trafficking.',
    1,
  ],
  [
    'The border and customs control bodies are told that it is necessary to establish an effective barrier to drug trafficking at the border, and to update the inspection equipment for this purpose.',
    1,
  ],
  [
    'The Ministry of Health was recommended to establish an objective accounting of drug addicts, and the Ministry of Education to review approaches to the prevention of drug addiction, especially among young people.',
    2,
  ],
  [
    'Also, the Minister of the Interior affairs was asked to initiate the development and adoption of a new state program to counter drug addiction before the Government.',
    1,
  ],
  [
    'In this regard, the General Prosecutor instructed to prepare an appropriate directive to the law enforcement agencies on the adoption of a set of measures to establish and return the stolen funds to the state and citizens.',
    1,
  ],
  [
    'He also directed the authorized agencies to more actively apply advanced methods of search and seizure of criminal assets, including using information from the financial intelligence units of foreign colleagues.',
    1,
  ],
  [
    "The Ministry of Justice was tasked to accelerate the development of the IT system for automatic verification of debtors' property, as well as increasing the responsibility of officers of the courts.",
    1,
  ],
];

describe('the real release data', () => {
  it('matches the official text: every cited sentence stands whole in its paragraph of press-release.txt, and holds what is taken from it', () => {
    for (const kind of [data.figures, data.instructions, data.people, data.dates])
      expect(kind.length).toBeGreaterThan(0);
    expect(sourceParagraphs).toHaveLength(published.paragraphs.length);
    const notInText = sources
      .filter(({ sentence, paragraph }) => !standsWhole(sentence, sourceParagraphs[paragraph - 1] ?? ''))
      .map(({ sentence, paragraph }) => `paragraph ${paragraph}: ${sentence}`);
    expect(notInText).toEqual([]);
    for (const figure of data.figures) expect(figure.source.sentence).toContain(figure.written);
    for (const date of data.dates) expect(date.source.sentence).toContain(date.data.as);
  });

  it('keeps a complete list of the sentences that carry numbers', () => {
    expect(sentences.filter((sentence) => /\d/u.test(sentence))).toEqual(sentencesWithNumbers);
  });

  it.each(sentencesWithNumbers)('cites every sentence with a number, and accounts for each number: %s', (sentence) => {
    expect(cited).toContain(sentence);
    const figures = data.figures.filter((figure) => figure.source.sentence === sentence);
    const dates = data.dates.filter((date) => date.source.sentence === sentence);
    for (const { written, index } of numbersIn(sentence)) {
      const byFigure = figures.some((figure) => {
        const at = sentence.indexOf(figure.written);
        return at <= index && index < at + figure.written.length;
      });
      const byDate = dates.some((date) => numbersIn(date.data.as).some((n) => n.written === written));
      expect(byFigure || byDate, `${written} in “${sentence}”`).toBe(true);
    }
  });

  it('gives the figures of the text: values and units as the release writes them', () => {
    expect(data.figures.map((figure) => [figure.data.value, figureText(figure)])).toEqual([
      [9, '9%'],
      [97, '97 tons'],
      [387, '387 kg'],
      [15, '15%'],
      [30, '30%'],
      [30, '30%'],
      [1500, '1,5 thousand sentences'],
      [17, '17%'],
      [86, '86 facts'],
    ]);
    const detection = data.figures.filter((figure) => figure.source.sentence.startsWith('Detection of drug dealers'));
    expect(detection.map((figure) => [figure.data.change, figure.period?.when.start.year])).toEqual([
      ['decrease', 2017],
      ['decrease', 2018],
    ]);
  });

  it('keeps a complete list of the sentences that give instructions', () => {
    const verbs = /\b(directed|instructed|tasked|told|asked|recommended|proposed)\b/u;
    expect(sentences.filter((sentence) => verbs.test(sentence))).toEqual(instructionSentences.map(([s]) => s));
  });

  it.each(instructionSentences)('covers every instruction: %s', (sentence, count) => {
    expect(data.instructions.filter((instruction) => instruction.source.sentence === sentence)).toHaveLength(count);
  });

  it('names seven bodies that must act, and the General Prosecutor as the one who directed', () => {
    const named = instructionsByAgency(data.instructions).filter((group) => group.label !== UNNAMED_ADDRESSEE);
    expect(named).toHaveLength(7);
    const givers = new Set(data.instructions.flatMap((instruction) => instruction.by?.person?.label ?? []));
    expect([...givers]).toEqual(['Kairat Kozhamzharov']);
  });

  it('names the people and bodies of the text with their roles', () => {
    const byName = new Map(data.people.map((person) => [person.label, person.data.role]));
    expect(byName.get('Kairat Kozhamzharov')).toBe('General Prosecutor');
    expect(byName.get('Gabit Baizhanov')).toBe('The Assistant to the President - Secretary of the Security Council');
    for (const body of [
      'Ministry of Health',
      'Ministry of Education',
      'Ministry of Justice',
      'Coordinating Council of law enforcement agencies',
    ]) {
      expect(byName.has(body), body).toBe(true);
    }
  });

  it('gives every date the text names, in time order', () => {
    expect(timeline(data.dates).map((date) => date.data.as)).toEqual([
      'Since 2015',
      'in 2016',
      'in 2017',
      'the current one',
      'December 21, 2018',
      'the next year',
      'the first half of 2019',
    ]);
    expect(data.dates.find((date) => date.data.as === 'the next year')?.source.sentence).toContain(
      'the year of the youth',
    );
  });

  it('places the publication among the dates: the day itself and what began before it come first', () => {
    // Published 28 January 2019: a year, a month or a period that begins by then is before it.
    const date = (when: string, paragraph = 1): ReleaseDate =>
      ({ id: when, when: parseWhen(when), source: { paragraph } }) as unknown as ReleaseDate;
    const dates = ['2019-02', '2019-01-29', '2019-01/2019-06', '2018-12-21', '2019-01-28', '2019', '2020'].map((w) =>
      date(w),
    );
    const { before, after } = timelineAround(dates, new Date('2019-01-28T00:00:00Z'));
    expect(before.map((d) => d.id)).toEqual(['2018-12-21', '2019', '2019-01/2019-06', '2019-01-28']);
    expect(after.map((d) => d.id)).toEqual(['2019-01-29', '2019-02', '2020']);
  });

  it('places the real release’s publication last: every date of its text begins by 28 January 2019', () => {
    const { before, after } = timelineAround(data.dates, new Date('2019-01-28T00:00:00Z'));
    expect(after).toEqual([]);
    expect(before.map((d) => d.data.as)).toEqual(timeline(data.dates).map((d) => d.data.as));
  });
});
