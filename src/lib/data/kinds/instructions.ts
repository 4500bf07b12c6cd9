import { instructionSchema, publishedInstructionSchema } from '../../../schemas/instruction';
import { defineDataKind, provenanceColumns } from './kind';

/** What the meeting asked of whom. */
export const instructions = defineDataKind({
  id: 'instructions',
  title: 'Who must do what',
  fields: 'verb, who gave it, who must act, what they must do',
  page: 'instructions',
  anchor: 'instruction',
  schema: instructionSchema,
  publishedSchema: publishedInstructionSchema,
  summary: 'What was asked of whom.',
  publish: ({ data, source }, { provenance }) => ({ ...data, sentence: source.sentence, ...provenance(source) }),
  csvColumns: [
    { heading: 'id', value: (r) => r.id },
    { heading: 'verb', value: (r) => r.verb },
    { heading: 'by', value: (r) => r.by?.as },
    { heading: 'by_ref', value: (r) => r.by?.ref },
    { heading: 'to', value: (r) => r.to?.as },
    { heading: 'to_ref', value: (r) => r.to?.ref },
    { heading: 'what', value: (r) => r.what },
    { heading: 'due', value: (r) => r.due },
    { heading: 'sentence', value: (r) => r.sentence },
    ...provenanceColumns,
  ],
});
