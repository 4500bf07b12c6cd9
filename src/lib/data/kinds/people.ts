import { paragraphAnchor } from '../../text/paragraphs';
import { personSchema, publishedPersonSchema } from '../../../schemas/person';
import { defineDataKind, provenanceColumns } from './kind';

/** The people and organisations the release names. */
export const people = defineDataKind({
  id: 'people',
  title: 'People and organisations',
  fields: 'name and role as the text gives them, every mention',
  page: 'people',
  // `people-` would read as a group; an anchor names one of them.
  anchor: 'person',
  schema: personSchema,
  publishedSchema: publishedPersonSchema,
  summary: 'The people and organisations the release names.',
  publish: ({ data, source, mentions }, { address, provenance }) => ({
    ...data,
    sentence: source.sentence,
    mentions: mentions.map((mention) => ({
      as: mention.as,
      sentence: mention.source.sentence,
      paragraph: mention.source.paragraph,
      url: address(mention.source.path),
    })),
    ...provenance(source),
  }),
  csvColumns: [
    { heading: 'id', value: (r) => r.id },
    { heading: 'kind', value: (r) => r.kind },
    { heading: 'name', value: (r) => r.name },
    { heading: 'role', value: (r) => r.role },
    { heading: 'sentence', value: (r) => r.sentence },
    ...provenanceColumns,
    {
      heading: 'mentions',
      value: (r) => r.mentions.map((m) => `${m.as} (${paragraphAnchor(m.paragraph).id})`).join(' | '),
    },
  ],
});
