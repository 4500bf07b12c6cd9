import { z } from 'astro/zod';
import { datumId, provenanceFields, quotedWords, sourceSentence } from './provenance.ts';

/** A person, or a body: a ministry, council, agency or office. */
export const personKinds = ['person', 'organisation'] as const;

/** Another place the text names the same person or body, in other words. */
export const mentionSchema = z.strictObject({
  /** The words of the sentence that name them: `K. Kozhamzharov`, `the General Prosecutor`. */
  as: quotedWords.describe('The words of the sentence that name them.'),
  /** The sentence of the official text, word for word. */
  sentence: sourceSentence.describe('The sentence of the official text, word for word.'),
});

const personFields = {
  /** Unique within the release; instructions refer to it. */
  id: datumId.describe('Identifier, unique within the release.'),
  /** A person or an organisation. */
  kind: z.enum(personKinds).describe('person or organisation.'),
  /** The name as the text gives it; a person the text names only by office has none. */
  name: quotedWords.optional().describe('The name, as the text gives it.'),
  /** The role or office as the text gives it: `General Prosecutor`. */
  role: quotedWords.optional().describe('The role or office, as the text gives it.'),
  /** The sentence of the first mention, word for word; it holds the name and the role. */
  sentence: sourceSentence.describe(
    'The sentence of the first mention, word for word; it holds the name and the role.',
  ),
  /** Later mentions in other words. */
  mentions: z.array(mentionSchema).optional().describe('Other mentions, in other words.'),
};

/** A name or a role: the text gives at least one. */
function needsNameOrRole(person: { name?: string | undefined; role?: string | undefined }, ctx: z.RefinementCtx): void {
  if (person.name === undefined && person.role === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['name'],
      message: 'give the name or the role as the text gives it (or both)',
    });
  }
}

/** A person or organisation as written in `data/people.yaml`. */
export const personSchema = z.strictObject(personFields).superRefine(needsNameOrRole);

/** A person or organisation as published in the open data: with where it is first named. */
export const publishedPersonSchema = z
  .strictObject({
    ...personFields,
    mentions: z
      .array(mentionSchema.extend({ paragraph: provenanceFields.paragraph, url: provenanceFields.url }))
      .describe('Other mentions, in other words, with their paragraphs.'),
    ...provenanceFields,
  })
  .describe('A person or organisation the release names, with the sentence, paragraph and topic of the first mention.');

/** A person or organisation after validation. */
export type PersonData = z.infer<typeof personSchema>;
/** A person or organisation as published. */
export type PublishedPerson = z.infer<typeof publishedPersonSchema>;
