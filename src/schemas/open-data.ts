import { z } from 'astro/zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

/** The rights statement of an open-data file: the project's licence, and what it does not cover. */
export const dataLicenseSchema = z
  .strictObject({
    /** SPDX identifier. */
    id: z.literal('CC-BY-4.0').describe('SPDX identifier of the licence of what the project adds.'),
    /** The licence's text. */
    url: z.string().describe('The address of the licence’s text.'),
    /** What the licence covers. */
    note: z.string().describe('What the licence covers: not the official text, which is the issuing office’s.'),
  })
  .describe('Rights: the official text is the issuing office’s; what the project adds is under CC BY 4.0.');

/** Where the text comes from and whose copy this is, in the site's one wording. */
export const provenanceSchema = z
  .strictObject({
    /** Who wrote the text, where and when it was first published. */
    original: z.string().describe('Who wrote the text, and where and when it was first published.'),
    /** Who made this copy, and its address where known. */
    copy: z.string().describe('Who made this copy, and its address where known.'),
  })
  .describe('Where the official text comes from, and whose copy this file belongs to.');

const schemaAddress = z
  .string()
  .optional()
  .describe('The address of this file’s JSON Schema; left out when the site was built without its address.');
const overviewAddress = z
  .string()
  .optional()
  .describe('The address of the release’s overview; left out when the site was built without its address.');

// One schema per kind and record, made once: a build asks for it once per release.
const fileSchemas = new WeakMap<z.ZodType, Map<string, ReturnType<typeof fileSchema>>>();

/**
 * The open-data file of one kind (`figures`, named by `kind`): the release it belongs to and its
 * records, each read by `record`, in text order.
 */
export function openDataFileSchema(kind: string, record: z.ZodType) {
  let byKind = fileSchemas.get(record);
  if (!byKind) fileSchemas.set(record, (byKind = new Map()));
  let schema = byKind.get(kind);
  if (!schema) byKind.set(kind, (schema = fileSchema(kind, record)));
  return schema;
}

/** The language of the version of the release a file is made from, as a BCP 47 tag. */
const languageOfVersion = z
  .string()
  .describe('The language of the version of the release the data come from (BCP 47: en, ru, kk).');

function fileSchema(kind: string, record: z.ZodType) {
  return z
    .strictObject({
      /** The address of this file's JSON Schema, where known. */
      $schema: schemaAddress,
      /** The release's id. */
      release: z.string().describe('The release: its folder name and address segment.'),
      /** The language of the version the data come from. */
      language: languageOfVersion,
      /** The release's address, where known. */
      url: overviewAddress,
      /** Whose text, whose copy. */
      provenance: provenanceSchema,
      /** Who holds what in this file. */
      license: dataLicenseSchema,
      /** The records, in the order of the text. */
      items: z.array(record).describe(`The ${kind}, in the order of the text.`),
    })
    .describe(`The ${kind} of one press release, each traced to its sentence of the official text.`);
}

/** A paragraph of the official text, as published in the whole-release file. */
export const publishedParagraphSchema = z.strictObject({
  /** Its number in the published order. */
  number: z.number().int().positive().describe('The paragraph’s number, in the published order.'),
  /** Its anchor, `p<n>`. */
  anchor: z
    .string()
    .regex(/^p\d+$/u)
    .describe('The paragraph’s anchor on its page: p<n>.'),
  /** The text, as published (white space collapsed). */
  text: z.string().describe('The official text of the paragraph, as published (white space collapsed).'),
  /** The topic (or the overview) that holds it. */
  topic: z.string().describe('The topic whose page holds it, or "Overview" for the lead.'),
  /** Its address. */
  url: z.string().optional().describe('The paragraph’s address on its page, where known.'),
});

/** A topic, as published in the whole-release file; its title and summary are editorial. */
export const publishedTopicSchema = z.strictObject({
  /** The topic's address segment. */
  id: z.string().describe('The topic’s address segment.'),
  /** Its position in the release. */
  order: z.number().int().positive().describe('The topic’s position in the release.'),
  /** Editorial: its short name. */
  label: z.string().describe('Editorial: short name, also the search filter value.'),
  /** Editorial: its heading. */
  title: z.string().describe('Editorial: heading of the topic page.'),
  /** Editorial: its summary. */
  summary: z.string().describe('Editorial: summary of the topic.'),
  /** Its page's address. */
  url: z.string().optional().describe('The topic page’s address, where known.'),
  /** The numbers of the paragraphs it holds. */
  paragraphs: z.array(z.number().int().positive()).describe('The numbers of the paragraphs it holds.'),
});

/**
 * The whole release as one file: metadata, topics, the official text by paragraph, and the data,
 * one list per kind as `data` gives them (the kinds are the release data's to name).
 */
export function publishedReleaseSchema<Data extends Record<string, z.ZodType>>(data: Data) {
  return z
    .strictObject({
      /** The address of this file's JSON Schema, where known. */
      $schema: schemaAddress,
      /** The release's id. */
      id: z.string().describe('The release: its folder name and address segment.'),
      /** The language of this version of the release. */
      language: languageOfVersion,
      /** The overview's address, where known. */
      url: overviewAddress,
      /** Whose text, whose copy. */
      provenance: provenanceSchema,
      /** Who holds what in this file. */
      license: dataLicenseSchema,
      /** The headline, as published. */
      headline: z.string().describe('The headline, as published.'),
      /** The publication date. */
      published: isoDay.describe('The publication date, YYYY-MM-DD.'),
      /** The meeting reported on. */
      meeting: z
        .strictObject({
          date: isoDay.describe('The meeting’s date, YYYY-MM-DD.'),
          place: z.string().describe('Where it was held.'),
        })
        .describe('The meeting the release reports on.'),
      /** The issuing office. */
      issuer: z.string().describe('The office that issued the release.'),
      /** The attribution, as published. */
      attribution: z.string().describe('The attribution that closes the release, as published.'),
      /** Editorial: a summary. */
      summary: z.string().describe('Editorial: a summary of the release, not part of it.'),
      /** The topics, in order. */
      topics: z.array(publishedTopicSchema).describe('The topics, in order.'),
      /** The official text, paragraph by paragraph. */
      paragraphs: z
        .array(publishedParagraphSchema)
        .describe('The official text, paragraph by paragraph, in the published order.'),
      ...data,
    })
    .describe('A press release: metadata, topics, the official text paragraph by paragraph, and its data.');
}

// Converted once per schema, frozen as it is shared: a release's schema files differ only in their
// address (`$id`), and converting took 1 to 2 ms a file, five files a release.
const jsonSchemas = new WeakMap<z.ZodType, Readonly<Record<string, unknown>>>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A JSON Schema (draft 2020-12) for a published schema, with the address it is served at where known. */
export function jsonSchemaOf(schema: z.ZodType, id: string | undefined): Record<string, unknown> {
  let converted = jsonSchemas.get(schema);
  if (!converted) {
    converted = deepFreeze(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }));
    jsonSchemas.set(schema, converted);
  }
  return id ? { ...converted, $id: id } : { ...converted };
}
