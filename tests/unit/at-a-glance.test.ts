import { describe, expect, it } from 'vitest';
import { atAGlance, isPlural } from '../../src/lib/data/at-a-glance';
import { lowerFirst } from '../../src/lib/text/letter-case';
import type { ReleaseData } from '../../src/lib/data/kinds';

const source = (paragraph: number) => ({
  sentence: 'S.',
  paragraph,
  anchor: `p${paragraph}`,
  topic: 'T',
  topicId: 'r/t',
  path: `releases/r/t/#p${paragraph}`,
});

const prosecutor = { id: 'kk', data: { name: 'Kairat Kozhamzharov', role: 'General Prosecutor' }, label: 'KK' };

const data = {
  instructions: [
    {
      id: 'a',
      data: { verb: 'directed', what: 'Strengthen the work' },
      by: { party: { as: 'the General Prosecutor' }, person: prosecutor },
      to: { party: { as: 'law enforcement agencies' }, person: undefined },
      source: source(11),
    },
    {
      id: 'b',
      data: { verb: 'proposed', what: 'Revise the criteria' },
      by: { party: { as: 'They' }, person: undefined },
      to: undefined,
      source: source(12),
    },
    {
      id: 'c',
      data: { verb: 'recommended', what: 'Establish an accounting' },
      by: undefined,
      to: { party: { as: 'The Ministry of Health' }, person: undefined },
      source: source(14),
    },
    {
      id: 'd',
      data: { verb: 'told', what: 'Establish a barrier' },
      by: undefined,
      to: { party: { as: 'The border and customs control bodies' }, person: undefined },
      source: source(13),
    },
    {
      id: 'e',
      data: { verb: 'directed', what: 'Apply methods' },
      by: { party: { as: 'He' }, person: prosecutor },
      to: undefined,
      source: source(23),
    },
  ],
  figures: [
    { id: 'x', data: { headline: true, unit: 'kg', measure: 'Heroin seized' }, written: '387', source: source(5) },
    { id: 'y', data: { unit: '%', measure: 'Not a headline' }, written: '9', source: source(4) },
  ],
  people: [],
  dates: [],
} as unknown as ReleaseData;

describe('atAGlance', () => {
  const { decided, figures } = atAGlance(data);
  const line = (id: string) => decided.find((one) => one.id === id);

  it('keeps the text verb and says the giver acted only where the text names the giver', () => {
    expect(line('a')).toMatchObject({
      before: 'The General Prosecutor',
      verb: 'directed',
      after: 'law enforcement agencies',
      unnamed: undefined,
      what: 'strengthen the work',
      paragraph: 11,
      path: 'releases/r/t/#p11',
    });
    expect(line('c')).toMatchObject({
      before: 'The Ministry of Health was',
      verb: 'recommended',
      after: '',
      unnamed: 'by whom, the text does not say',
    });
    expect(line('d')?.before).toBe('The border and customs control bodies were');
  });

  it('names no one for a pronoun the data does not resolve, and the person for one it does', () => {
    expect(line('b')).toMatchObject({
      before: '',
      verb: 'Proposed',
      unnamed: 'by whom or to whom, the text does not say',
    });
    expect(line('e')).toMatchObject({
      before: 'General Prosecutor Kairat Kozhamzharov',
      verb: 'directed',
      unnamed: 'to whom, the text does not say',
    });
  });

  it('lists only the headline figures, with their paragraphs', () => {
    expect(decided.map((one) => one.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(figures).toEqual([{ value: '387 kg', measure: 'heroin seized', paragraph: 5, path: 'releases/r/t/#p5' }]);
  });
});

describe('the words around a party and an editorial phrase', () => {
  it('tells one body from several', () => {
    expect(isPlural('The Ministry of Health')).toBe(false);
    expect(isPlural('the Minister of the Interior affairs')).toBe(false);
    expect(isPlural('Marcus')).toBe(false);
    expect(isPlural('The border and customs control bodies')).toBe(true);
    expect(isPlural('law enforcement and special agencies')).toBe(true);
    expect(isPlural('The Ministry of Health and the Ministry of Education')).toBe(true);
  });

  it('continues a line in lower case, but for an abbreviation, and without a full stop of its own', () => {
    expect(lowerFirst('Establish an accounting.')).toBe('establish an accounting');
    expect(lowerFirst('IT system for debtors')).toBe('IT system for debtors');
  });
});
