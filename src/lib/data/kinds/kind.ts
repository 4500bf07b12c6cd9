import type { z } from 'astro/zod';
import type { DataEntry, Source } from '../release-data.ts';

/**
 * Turns a site path (`releases/x/#p3`, no leading slash) into the absolute address readers are
 * given; undefined when the site's address is not known, as a bare path means nothing in a file
 * that leaves the site.
 */
export type Addresser = (sitePath: string) => string | undefined;

/** Where a published record comes from, as every kind's record carries it. */
export interface Provenance {
  release: string;
  paragraph: number;
  anchor: string;
  topic: string;
  url?: string | undefined;
}

/** What a kind needs to publish its records: the addresses, and where a sentence is. */
export interface RecordContext {
  /** The published address of a site path. */
  address: Addresser;
  /** The provenance fields of a datum's source. */
  provenance: (source: Source) => Provenance;
}

/** A text quoted in a message, cut to `max` characters. */
export function quote(text: string, max = 80): string {
  return `“${text.length > max ? `${text.slice(0, max - 3)}...` : text}”`;
}

/**
 * What a kind's check is given: the official text's sentences, a way to report a problem, and the
 * checked data of the kinds it needs. Every problem is reported, not thrown, so that one build
 * names them all.
 */
export interface CheckContext {
  /** Where a sentence quoted by a datum is in the text; undefined, the problem reported, when it is not a sentence of it. */
  sourceOf: (entry: DataEntry<unknown>, field: string, sentence: string) => Source | undefined;
  /** Reports quoted words (when given) that are not in the sentence of `source`, word for word. */
  requireWords: (entry: DataEntry<unknown>, field: string, words: string | undefined, source: Source) => void;
  /** Reports a problem with one field of a datum. */
  report: (entry: DataEntry<unknown>, field: string, message: string) => void;
  /** The data of a kind this kind `needs` that passed their checks, in file order. */
  checked: <Checked>(kind: NeededKind<Checked>) => readonly Checked[];
  /** Whether the release's file of a kind holds a datum with this id, whether or not it passed its checks. */
  has: (kind: { id: string }, id: string) => boolean;
  /** The ids the release's file of a kind holds, for a "did you mean" when an id is not one of them. */
  idsOf: (kind: { id: string }) => readonly string[];
}

/** A kind as another kind needs it: its name and what its check gives. */
export interface NeededKind<Checked> {
  id: string;
  check: (entry: never, context: CheckContext) => Checked | undefined;
}

/** The usual published record: the datum as written, its sentence, and where that sentence is. */
export function publishDatum<D extends object>(
  { data, source }: { data: D; source: Source },
  { provenance }: RecordContext,
): D & { sentence: string } & Provenance {
  return { ...data, sentence: source.sentence, ...provenance(source) };
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
  Id extends string,
  Schema extends z.ZodType,
  Published extends z.ZodType,
  Checked extends { id: string; source: Source },
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
  /** The kinds whose data this kind's data refer to: they are checked first. */
  needs?: readonly NeededKind<unknown>[];
  /**
   * Checks one datum against the official text and resolves what it refers to. Reports every
   * problem through the context; returns the checked datum, or undefined when it cannot be placed.
   */
  check: (entry: DataEntry<z.output<Schema>>, context: CheckContext) => Checked | undefined;
  /** A checked datum as its published record. */
  publish: (datum: Checked, context: RecordContext) => z.output<Published>;
  /** The columns of its CSV file; nested fields are flattened, lists joined with ` | `. */
  csvColumns: readonly CsvColumn<z.output<Published>>[];
}

/** Declares a kind of release data, keeping its exact types for the registry. */
export function defineDataKind<
  Id extends string,
  Schema extends z.ZodType,
  Published extends z.ZodType,
  Checked extends { id: string; source: Source },
>(kind: DataKindDefinition<Id, Schema, Published, Checked>): DataKindDefinition<Id, Schema, Published, Checked> {
  return kind;
}
