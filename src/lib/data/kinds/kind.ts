import type { z } from 'astro/zod';
import type { ReleaseData, Source } from '../release-data';

/** Turns a site path (`releases/x/#p3`, no leading slash) into the address readers are given. */
export type Addresser = (sitePath: string) => string;

/** Where a published record comes from, as every kind's record carries it. */
export interface Provenance {
  release: string;
  paragraph: number;
  anchor: string;
  topic: string;
  url: string;
}

/** What a kind needs to publish its records: the addresses, and where a sentence is. */
export interface RecordContext {
  /** The published address of a site path. */
  address: Addresser;
  /** The provenance fields of a datum's source. */
  provenance: (source: Source) => Provenance;
}

/** One column of a CSV file: its heading and how to read it from a record. */
export interface CsvColumn<T> {
  heading: string;
  value: (record: T) => string | number | undefined;
}

/** The columns that end every kind's CSV file: where the record comes from. */
export const provenanceColumns: CsvColumn<Provenance>[] = [
  { heading: 'topic', value: (r) => r.topic },
  { heading: 'paragraph', value: (r) => r.paragraph },
  { heading: 'url', value: (r) => r.url },
];

/**
 * One kind of release data: the file it is written in, the schema that reads it, the page that
 * shows it and the open-data files that publish it. The loader, the checks, the pages, the
 * navigation and the open data all read these, so that a kind is described once.
 */
export interface DataKindDefinition<
  Id extends keyof ReleaseData,
  Schema extends z.ZodType,
  Published extends z.ZodType,
> {
  /** The kind's name: its collection, `data/<id>.yaml`, and its open-data files `<id>.json`, `.csv`… */
  id: Id;
  /** The title of its page, in the data navigation and on the open-data page. */
  title: string;
  /** What each record holds, in a few words, for the open-data page. */
  fields: string;
  /** The address segment of its page under the release's `data/`. */
  page: string;
  /** The prefix of a datum's anchor on that page: `figure` gives `#figure-<id>`. */
  anchor: string;
  /** The schema of an item of `data/<id>.yaml`. */
  schema: Schema;
  /** The schema of a published record: the item with where it comes from. */
  publishedSchema: Published;
  /** What the list of these records is, in the whole-release file's schema. */
  summary: string;
  /** A checked datum as its published record. */
  publish: (datum: ReleaseData[Id][number], context: RecordContext) => z.output<Published>;
  /** The columns of its CSV file; nested fields are flattened, lists joined with ` | `. */
  csvColumns: readonly CsvColumn<z.output<Published>>[];
}

/** Declares a kind of release data, keeping its exact types for the registry. */
export function defineDataKind<Id extends keyof ReleaseData, Schema extends z.ZodType, Published extends z.ZodType>(
  kind: DataKindDefinition<Id, Schema, Published>,
): DataKindDefinition<Id, Schema, Published> {
  return kind;
}
