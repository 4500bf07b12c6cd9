import { z } from 'astro/zod';
import { parseWhen } from './when.ts';
import { datumId, editorialText, provenanceFields, quotedWords, sourceSentence } from './provenance.ts';

/** A date or period in ISO 8601: `2018-12-21`, `2019`, `2019-01/2019-06`. */
export const whenSchema = z
  .string({ error: 'must be a date or period in quotes: YYYY, YYYY-MM, YYYY-MM-DD or start/end' })
  .refine((text) => parseWhen(text) !== undefined, {
    message: 'must be a real date or period: YYYY, YYYY-MM, YYYY-MM-DD, or start/end with the end not before the start',
  });

const dateFields = {
  /** Unique within the release; figures refer to it as their period. */
  id: datumId.describe('Identifier, unique within the release.'),
  /** The words of the sentence that name the date or period: `December 21, 2018`, `the current one`. */
  as: quotedWords.describe('The words of the sentence that name the date or period.'),
  /** The date or period in ISO 8601; every part of it must be in `as`, or `reading` explains it. */
  when: whenSchema.describe('The date or period in ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or start/end.'),
  /** What happened then: editorial. */
  event: editorialText.describe('Editorial: what happened then.'),
  /** How `when` was read from words that do not spell it out: editorial. */
  reading: editorialText.optional().describe('Editorial: how the date was read from words that do not spell it out.'),
  /** The sentence of the official text, word for word. */
  sentence: sourceSentence.describe('The sentence of the official text that names the date, word for word.'),
};

/** A date or period as written in `data/dates.yaml`. */
export const dateSchema = z.strictObject(dateFields);

/** A date or period as published in the open data: with where it comes from. */
export const publishedDateSchema = z
  .strictObject({
    ...dateFields,
    when: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/u)
      .describe('The date or period in ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or start/end.'),
    ...provenanceFields,
  })
  .describe('A date or period the release names, with the sentence, paragraph and topic it comes from.');

/** A date after validation. */
export type DateData = z.infer<typeof dateSchema>;
/** A date as published. */
export type PublishedDate = z.infer<typeof publishedDateSchema>;
