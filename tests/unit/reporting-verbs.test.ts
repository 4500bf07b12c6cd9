import { describe, expect, it } from 'vitest';
import { checkEditorialVerbs, type EditorialField } from '../../src/lib/data/reporting-verbs';
import type { ReleaseInstruction } from '../../src/lib/data/kinds/instructions';
import type { ReleasePerson } from '../../src/lib/data/kinds/people';

const prosecutor = {
  id: 'kairat-kozhamzharov',
  data: { kind: 'person', name: 'Kairat Kozhamzharov', role: 'General Prosecutor' },
  label: 'Kairat Kozhamzharov',
  mentions: [{ as: 'the head of the supervisory authority' }],
} as unknown as ReleasePerson;
const council = {
  id: 'coordinating-council',
  data: { kind: 'organisation', name: 'Coordinating Council of law enforcement agencies' },
  label: 'Coordinating Council of law enforcement agencies',
  mentions: [{ as: 'Coordination Council' }],
} as unknown as ReleasePerson;
const health = {
  id: 'ministry-of-health',
  data: { kind: 'organisation', name: 'Ministry of Health' },
  label: 'Ministry of Health',
  mentions: [],
} as unknown as ReleasePerson;

const instruction = (id: string, verb: string, to: string | undefined, by?: string): ReleaseInstruction =>
  ({
    id,
    data: { verb, what: 'Do it' },
    to: to === undefined ? undefined : { party: { as: to }, person: undefined },
    by: by === undefined ? undefined : { party: { as: by }, person: prosecutor },
  }) as unknown as ReleaseInstruction;

const instructions = [
  instruction('chains', 'directed', 'law enforcement and special agencies', 'the General Prosecutor'),
  instruction('barrier', 'told', 'The border and customs control bodies'),
  {
    ...instruction('accounting', 'recommended', 'The Ministry of Health'),
    to: { party: { as: 'The Ministry of Health' }, person: health },
  } as ReleaseInstruction,
  instruction('programme', 'asked', 'the Minister of the Interior affairs'),
];

const field = (text: string): EditorialField => ({ file: 'topics/drugs.mdx', field: 'summary', text, instructions });
const problems = (text: string) =>
  checkEditorialVerbs([field(text)], [prosecutor, council, health]).map((error) => error.message);

describe('checkEditorialVerbs', () => {
  it('passes the text verb, or a weaker one, for each addressee', () => {
    expect(
      problems(
        'The General Prosecutor directed law enforcement and special agencies; the border and customs bodies were told; the Ministry of Health was recommended; the Minister of the Interior was asked.',
      ),
    ).toEqual([]);
    expect(problems('Law enforcement agencies were asked to act.')).toEqual([]);
    expect(problems('Drug crime and seizures.')).toEqual([]);
    // "direct" as an adjective reports nothing; the addressee named as itself is no giver.
    expect(problems('A direct threat; the Ministry of Health was recommended to count addicts.')).toEqual([]);
  });

  it('finds a giver by surname alone, and any body of the release named as a giver', () => {
    expect(problems('Kozhamzharov recommended the Ministry of Health to count addicts.')).toEqual([
      'topics/drugs.mdx: summary: names Kairat Kozhamzharov as who recommended The Ministry of Health, but the text does not say who (data/instructions.yaml: accounting)',
    ]);
    expect(problems('The Coordination Council recommended the Ministry of Health to count addicts.')).toEqual([
      'topics/drugs.mdx: summary: names Coordinating Council of law enforcement agencies as who recommended The Ministry of Health, but the text does not say who (data/instructions.yaml: accounting)',
    ]);
  });

  it('stops a verb stronger than the one the text uses for an addressee, naming file, field and datum', () => {
    expect(problems('The Ministry of Health was directed to count addicts.')).toEqual([
      'topics/drugs.mdx: summary: "directed" is stronger than the text\'s verb for The Ministry of Health: the text says "recommended" (data/instructions.yaml: accounting)',
    ]);
  });

  it('stops the giver named where the text does not name one', () => {
    const found = problems(
      'What the General Prosecutor directed law enforcement, border, health and interior bodies to do.',
    );
    expect(found).toContain(
      'topics/drugs.mdx: summary: names Kairat Kozhamzharov as who directed The Ministry of Health, but the text does not say who (data/instructions.yaml: accounting)',
    );
    // Three addressees get a stronger verb than the text's, and three a giver the text does not name.
    expect(found).toHaveLength(6);
  });

  it('stops words no instruction of the text uses', () => {
    for (const word of ['ordered', 'must', 'obliged']) {
      expect(problems(`The measures ${word} to trace assets.`)[0]).toMatch(
        new RegExp(`^topics/drugs\\.mdx: summary: "${word}" says more than the text`, 'u'),
      );
    }
  });
});
