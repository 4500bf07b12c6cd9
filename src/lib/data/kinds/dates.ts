import { dateSchema, publishedDateSchema } from '../../../schemas/date';
import { defineDataKind, provenanceColumns } from './kind';

/** The dates and periods the release names, shown as a timeline. */
export const dates = defineDataKind({
  id: 'dates',
  title: 'Timeline',
  fields: 'the words of the text, the date in ISO 8601, what happened then',
  // The page orders the dates in time, with the publication among them: a timeline.
  page: 'timeline',
  anchor: 'date',
  schema: dateSchema,
  publishedSchema: publishedDateSchema,
  summary: 'The dates and periods the release names.',
  publish: ({ data, source }, { provenance }) => ({ ...data, sentence: source.sentence, ...provenance(source) }),
  csvColumns: [
    { heading: 'id', value: (r) => r.id },
    { heading: 'when', value: (r) => r.when },
    { heading: 'as', value: (r) => r.as },
    { heading: 'event', value: (r) => r.event },
    { heading: 'reading', value: (r) => r.reading },
    { heading: 'sentence', value: (r) => r.sentence },
    ...provenanceColumns,
  ],
});
