import { describe, expect, it } from 'vitest';
import { atAGlance } from '../../src/lib/data/at-a-glance';
import type { ReleaseData } from '../../src/lib/data/kinds';

const source = (paragraph: number) => ({
  sentence: 'S.',
  paragraph,
  anchor: `p${paragraph}`,
  topic: 'T',
  topicId: 'r/t',
  path: `releases/r/t/#p${paragraph}`,
});

const data = {
  instructions: [
    {
      id: 'a',
      data: { verb: 'directed', what: 'Strengthen the work' },
      by: undefined,
      to: { party: { as: 'law enforcement agencies' }, person: undefined },
      source: source(11),
    },
    {
      id: 'b',
      data: { verb: 'proposed', what: 'Revise the criteria' },
      by: undefined,
      to: undefined,
      source: source(12),
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
  it('lists every instruction as who must do what, with its paragraph, and only the headline figures', () => {
    expect(atAGlance(data)).toEqual({
      decided: [
        {
          who: 'Law enforcement agencies',
          what: 'Strengthen the work',
          paragraph: 11,
          path: 'releases/r/t/#p11',
        },
        { who: undefined, what: 'Revise the criteria', paragraph: 12, path: 'releases/r/t/#p12' },
      ],
      figures: [{ value: '387 kg', measure: 'Heroin seized', paragraph: 5, path: 'releases/r/t/#p5' }],
    });
  });
});
