import { z } from 'astro/zod';
import { editorialWords } from './editorial.ts';

/** A datum's id: lower-case words joined by hyphens, unique within its file. */
export const datumId = z
  .string({ error: 'must be a text' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be lower-case words joined by hyphens, such as heroin-seized');

/** The sentence of the official text a datum comes from, word for word; the build checks it. */
export const sourceSentence = z
  .string({ error: 'must be the sentence of the official text, word for word' })
  .trim()
  .min(1, 'must be the sentence of the official text, word for word');

/** Words quoted from the datum's sentence, exactly as written there; the build checks them. */
export const quotedWords = z.string({ error: 'must be words quoted from the sentence' }).trim().min(1);

/**
 * Text written for this site. It holds no digits: numbers come from the data and the official
 * text, and are never typed a second time.
 */
export const editorialText = editorialWords(300, 'must be a text').regex(
  /^\P{Nd}*$/u,
  'must not contain digits (of any script): numbers come from the data, never typed twice',
);

/** Where a published datum comes from: derived from its sentence, never typed. */
export const provenanceFields = {
  /** The release the datum belongs to (its folder name). */
  release: z.string().describe('The release the datum belongs to: its folder name and address segment.'),
  /** The number of the paragraph that holds the sentence, in the published order. */
  paragraph: z
    .number()
    .int()
    .positive()
    .describe('Number of the paragraph of the official text that holds the sentence.'),
  /** The paragraph's anchor, `p<n>`. */
  anchor: z
    .string()
    .regex(/^p\d+$/u)
    .describe('The paragraph’s anchor on its page: p<n>.'),
  /** The label of the topic (or the overview) that holds the paragraph. */
  topic: z.string().describe('The topic whose page holds the paragraph, or "Overview" for the lead.'),
  /** The paragraph's absolute address; left out when the site was built without its address. */
  url: z
    .string()
    .optional()
    .describe('Address of the paragraph on its page; left out when the site was built without its address (SITE_URL).'),
};
