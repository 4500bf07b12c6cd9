import { dateSchema, publishedDateSchema, type DateData } from '../../../schemas/date.ts';
import { missingParts, parseWhen, type When } from '../../../schemas/when.ts';
import type { Source } from '../release-data.ts';
import { defineDataKind, provenanceColumns, publishDatum, quote } from './kind.ts';

/** A date or period of the release, checked. */
export interface ReleaseDate {
  id: string;
  data: DateData;
  when: When;
  source: Source;
}

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
  // The words must give the date, or a reading must say how the date was read from them.
  check: (entry, { sourceOf, requireWords, report }): ReleaseDate | undefined => {
    const source = sourceOf(entry, 'sentence', entry.data.sentence);
    const when = parseWhen(entry.data.when);
    if (!source || !when) {
      if (!when) report(entry, 'when', `${quote(entry.data.when)} is not a date or period`);
      return undefined;
    }
    requireWords(entry, 'as', entry.data.as, source);
    const missing = missingParts(when, entry.data.as);
    if (missing.length > 0 && entry.data.reading === undefined) {
      report(
        entry,
        'when',
        `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in ${quote(entry.data.as)}; add a reading that says how the date was read`,
      );
    }
    return { id: entry.id, data: entry.data, when, source };
  },
  publish: publishDatum,
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
