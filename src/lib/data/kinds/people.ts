import { paragraphAnchor } from '../../text/paragraphs.ts';
import { personSchema, publishedPersonSchema, type PersonData } from '../../../schemas/person.ts';
import type { Source } from '../release-data.ts';
import { defineDataKind, provenanceColumns } from './kind.ts';

/** A person or organisation the release names, checked. */
export interface ReleasePerson {
  id: string;
  data: PersonData;
  /** What the page shows: the name, or the role for someone the text names only by office. */
  label: string;
  source: Source;
  /** Later mentions in other words, each with its source. */
  mentions: { as: string; source: Source }[];
}

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
  check: (entry, { sourceOf, requireWords }): ReleasePerson | undefined => {
    const source = sourceOf(entry, 'sentence', entry.data.sentence);
    const mentions = (entry.data.mentions ?? []).flatMap((mention, i) => {
      const mentionSource = sourceOf(entry, `mentions.${i + 1}.sentence`, mention.sentence);
      if (!mentionSource) return [];
      requireWords(entry, `mentions.${i + 1}.as`, mention.as, mentionSource);
      return [{ as: mention.as, source: mentionSource }];
    });
    if (!source) return undefined;
    requireWords(entry, 'name', entry.data.name, source);
    requireWords(entry, 'role', entry.data.role, source);
    const label = entry.data.name ?? entry.data.role ?? entry.id;
    return { id: entry.id, data: entry.data, label, source, mentions };
  },
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
