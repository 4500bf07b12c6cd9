import { z } from 'astro/zod';
import { datumId, editorialText, provenanceFields, quotedWords, sourceSentence } from './provenance.ts';

/** The verbs the release uses for what was asked of whom. */
export const instructionVerbs = [
  'directed',
  'instructed',
  'tasked',
  'told',
  'asked',
  'recommended',
  'proposed',
] as const;

/** One of the verbs the release uses for what was asked of whom. */
export type InstructionVerb = (typeof instructionVerbs)[number];

/** Who gave an instruction or who received it: as the sentence names them, and who that is. */
export const partySchema = z.strictObject({
  /** The words of the sentence that name the party: `the General Prosecutor`, `He`. */
  as: quotedWords.describe('The words of the sentence that name the party.'),
  /** The id of the person or organisation (in the release's people) the words refer to. */
  ref: datumId.optional().describe('Identifier of the person or organisation (in the people) meant.'),
});

const instructionFields = {
  /** Unique within the release. */
  id: datumId.describe('Identifier, unique within the release.'),
  /** The verb the text uses; the build checks that the sentence uses it. */
  verb: z
    .enum(instructionVerbs)
    .describe('The verb the text uses: directed, instructed, tasked, told, asked, recommended or proposed.'),
  /** Who gave it, where the sentence says. */
  by: partySchema.optional().describe('Who gave it, where the sentence says.'),
  /** To whom it was given, where the sentence says. */
  to: partySchema.optional().describe('To whom it was given, where the sentence says.'),
  /** What it asks for: editorial, in words. */
  what: editorialText.describe('Editorial: what it asks for.'),
  /** By when, as the sentence says it, where it does. */
  due: quotedWords.optional().describe('By when, as the sentence says it.'),
  /** The sentence of the official text the instruction comes from, word for word. */
  sentence: sourceSentence.describe('The sentence of the official text the instruction comes from, word for word.'),
};

/** An instruction as written in `data/instructions.yaml`. */
export const instructionSchema = z.strictObject(instructionFields);

/** An instruction as published in the open data: with where it comes from. */
export const publishedInstructionSchema = z
  .strictObject({ ...instructionFields, ...provenanceFields })
  .describe('An instruction given at the meeting, with the sentence, paragraph and topic it comes from.');

/** An instruction after validation. */
export type InstructionData = z.infer<typeof instructionSchema>;
/** An instruction as published. */
export type PublishedInstruction = z.infer<typeof publishedInstructionSchema>;
/** Who gave or received an instruction. */
export type Party = z.infer<typeof partySchema>;
