import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { dateSchema } from '../../src/schemas/date';
import { figureSchema, publishedFigureSchema } from '../../src/schemas/figure';
import { instructionSchema } from '../../src/schemas/instruction';
import { personSchema, publishedPersonSchema } from '../../src/schemas/person';
import { jsonSchemaOf, openDataFileSchema } from '../../src/schemas/open-data';
import { wholeReleaseSchema } from '../../src/lib/open-data/open-data';
import { readDataItems } from '../../src/integrations/release-data-loader';

const figure = {
  id: 'heroin-seized',
  kind: 'quantity',
  value: 387,
  unit: 'kg',
  measure: 'Heroin seized',
  sentence: '97 tons of various drugs were seized, including 387 kg of heroin.',
};
const instruction = {
  id: 'debtor-property-system',
  verb: 'tasked',
  to: { as: 'The Ministry of Justice', ref: 'ministry-of-justice' },
  what: 'Accelerate the IT system',
  sentence: 'The Ministry of Justice was tasked to accelerate the development of the IT system.',
};
const person = {
  id: 'gabit-baizhanov',
  kind: 'person',
  name: 'Gabit Baizhanov',
  sentence: 'Gabit Baizhanov took part.',
};
const date = { id: 'year-2017', as: 'in 2017', when: '2017', event: 'Detection fell', sentence: 'It fell in 2017.' };

/** The paths of the fields a schema rejects. */
function rejected(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('data schemas accept valid data', () => {
  it.each([
    ['a figure', figureSchema, figure],
    ['a change', figureSchema, { ...figure, kind: 'change', unit: '%', change: 'decrease', value: 9 }],
    [
      'a figure written in words',
      figureSchema,
      { ...figure, kind: 'count', value: 1500, written: '1,5 thousand', unit: 'sentences' },
    ],
    ['an instruction', instructionSchema, instruction],
    ['an instruction without addressee', instructionSchema, { ...instruction, to: undefined, by: { as: 'They' } }],
    ['a person', personSchema, person],
    ['a person named by office only', personSchema, { ...person, name: undefined, role: 'Head of State' }],
    ['a person with mentions', personSchema, { ...person, mentions: [{ as: 'He', sentence: 'He spoke.' }] }],
    ['a date', dateSchema, date],
    ['a period', dateSchema, { ...date, when: '2019-01/2019-06' }],
  ])('%s', (_, schema, data) => {
    expect(rejected(schema, data)).toEqual([]);
  });
});

describe('data schemas reject bad data, naming the field', () => {
  it.each([
    ['a figure without a sentence', figureSchema, { ...figure, sentence: undefined }, 'sentence'],
    ['a value that is not a number', figureSchema, { ...figure, value: '387' }, 'value'],
    ['a negative value', figureSchema, { ...figure, value: -1 }, 'value'],
    ['a change without a direction', figureSchema, { ...figure, kind: 'change', unit: '%' }, 'change'],
    ['a direction on a quantity', figureSchema, { ...figure, change: 'decrease' }, 'change'],
    ['a share not in %', figureSchema, { ...figure, kind: 'share', value: 17 }, 'unit'],
    ['a share over 100%', figureSchema, { ...figure, kind: 'share', unit: '%', value: 117 }, 'value'],
    ['a scale in the unit', figureSchema, { ...figure, value: 42, unit: 'billion tenge' }, 'unit'],
    ['a Russian scale in the unit', figureSchema, { ...figure, value: 42, unit: 'млрд тенге' }, 'unit'],
    ['digits in editorial text', figureSchema, { ...figure, measure: 'Heroin seized (387 kg)' }, 'measure'],
    ['an id that is not lower-case words', figureSchema, { ...figure, id: 'Heroin Seized' }, 'id'],
    ['an unknown field', figureSchema, { ...figure, topic: 'Drug trafficking' }, ''],
    ['a verb the text does not use', instructionSchema, { ...instruction, verb: 'ordered' }, 'verb'],
    ['an addressee without words', instructionSchema, { ...instruction, to: { ref: 'ministry-of-justice' } }, 'to.as'],
    ['a person with neither name nor role', personSchema, { ...person, name: undefined }, 'name'],
    ['a mention without its sentence', personSchema, { ...person, mentions: [{ as: 'He' }] }, 'mentions.0.sentence'],
    ['a month that does not exist', dateSchema, { ...date, when: '2019-13' }, 'when'],
    ['a period that ends before it starts', dateSchema, { ...date, when: '2019-06/2019-01' }, 'when'],
    ['a year left unquoted in YAML (a number)', dateSchema, { ...date, when: 2017 }, 'when'],
    ['an event with digits', dateSchema, { ...date, event: 'Detection fell in 2017' }, 'event'],
  ])('rejects %s', (_, schema, data, path) => {
    expect(rejected(schema, data)).toEqual([path]);
  });
});

describe('a figure whose number has a scale', () => {
  it('says where the scale goes, and takes it there', () => {
    const result = figureSchema.safeParse({ ...figure, value: 42, unit: 'billion tenge' });
    expect(result.success ? '' : result.error.issues[0]?.message).toBe(
      '"billion tenge" begins with a scale ("billion"): the scale goes in written (written: 42 billion), the unit is "tenge", and value is the whole number, so that values compare',
    );
    const scaled = { ...figure, value: 42_000_000_000, written: '42 billion', unit: 'tenge' };
    expect(rejected(figureSchema, scaled)).toEqual([]);
    // A unit that only begins with the letters of a scale is a unit.
    expect(rejected(figureSchema, { ...figure, unit: 'thousandths' })).toEqual([]);
  });
});

describe('data files', () => {
  it('are lists of items with ids', () => {
    expect(readDataItems('- id: a\n  x: 1\n- id: b\n', 'f.yaml').map((item) => item.id)).toEqual(['a', 'b']);
    expect(readDataItems('', 'f.yaml')).toEqual([]);
  });

  it.each([
    ['not a list', 'id: a\n', /^f\.yaml:1: must be a list/u],
    ['an item without id', '- x: 1\n', /^f\.yaml: item 1: id: is missing/u],
    ['an id twice', '- id: a\n- id: a\n', /^f\.yaml: a: id: is used twice/u],
    ['broken YAML', '- id: [a\n', /^f\.yaml:2:1: not valid YAML/u],
  ])('refuse %s, naming the file', (_, text, message) => {
    expect(() => readDataItems(text, 'f.yaml')).toThrow(message);
  });
});

describe('JSON Schemas of the open data', () => {
  const fieldsOf = (schema: Record<string, unknown>): string[] =>
    Object.keys((schema['properties'] ?? {}) as object).sort();

  it('describe each kind: every field of the data, and where it comes from', () => {
    const schema = jsonSchemaOf(
      openDataFileSchema('figures', publishedFigureSchema),
      'https://example.org/figures.schema.json',
    );
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe('https://example.org/figures.schema.json');
    const item = (schema['properties'] as Record<string, { items: Record<string, unknown> }>)['items']?.items ?? {};
    expect(fieldsOf(item)).toEqual(
      [
        ...Object.keys(figure),
        'written',
        'change',
        'period',
        'periodAs',
        'periodStart',
        'periodEnd',
        'compare',
        'headline',
        'release',
        'paragraph',
        'anchor',
        'topic',
        'url',
      ].sort(),
    );
    expect(item['required']).toEqual(expect.arrayContaining(['sentence', 'paragraph', 'value', 'unit']));
    // An address is left out of a site built without its address, never given as a bare path.
    expect(item['required']).not.toContain('url');
    expect(item['additionalProperties']).toBe(false);
  });

  it('give each release its own address, the schema being made once for all of them', () => {
    const first = jsonSchemaOf(openDataFileSchema('people', publishedPersonSchema), 'https://example.org/a.json');
    const second = jsonSchemaOf(openDataFileSchema('people', publishedPersonSchema), 'https://example.org/b.json');
    expect(first['$id']).toBe('https://example.org/a.json');
    expect(second['$id']).toBe('https://example.org/b.json');
    expect({ ...second, $id: first['$id'] }).toEqual(first);
    // Another kind over the same records is a schema of its own.
    const other = jsonSchemaOf(openDataFileSchema('others', publishedPersonSchema), 'x');
    expect(other['description']).not.toEqual(first['description']);
    // What is shared between files cannot be changed through one of them.
    expect(() => {
      (first['properties'] as Record<string, unknown>)['release'] = {};
    }).toThrow(TypeError);
  });

  it('describe the whole release, and say which fields are editorial', () => {
    const schema = jsonSchemaOf(wholeReleaseSchema, 'x');
    expect(fieldsOf(schema)).toEqual(
      [
        '$schema',
        'id',
        'language',
        'url',
        'license',
        'headline',
        'published',
        'meeting',
        'issuer',
        'attribution',
        'summary',
        'topics',
        'paragraphs',
        'figures',
        'instructions',
        'people',
        'dates',
        'provenance',
      ].sort(),
    );
    expect(JSON.stringify((schema['properties'] as Record<string, unknown>)['summary'])).toContain('Editorial');
  });
});
