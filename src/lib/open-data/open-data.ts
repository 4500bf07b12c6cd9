import { z } from 'astro/zod';
import { isoDate } from '../text/dates.ts';
import { versionOf } from '../site/versions.ts';
import { dataLicense } from './rights.ts';
import { paragraphAnchor } from '../text/paragraphs.ts';
import type { ParagraphPlace, Source } from '../data/release-data.ts';
import {
  dataKind,
  dataKinds,
  type DataKind,
  type KindOf,
  type PublishedRecords,
  type ReleaseData,
} from '../data/kinds/index.ts';
import type { Addresser, CsvColumn, RecordContext } from '../data/kinds/kind.ts';
import { publishedReleaseSchema } from '../../schemas/open-data.ts';

/** The published records of a release's data: each datum as written, with where it comes from. */
export function publishedRecords(releaseId: string, data: ReleaseData, address: Addresser): PublishedRecords {
  const context: RecordContext = {
    address,
    provenance: (source: Source) => ({
      release: releaseId,
      paragraph: source.paragraph,
      anchor: source.anchor,
      topic: source.topic,
      url: address(source.path),
    }),
  };
  // Each kind publishes its own list; the casts only join what the registry keeps apart by kind.
  return Object.fromEntries(
    dataKinds.map((kind) => [kind.id, data[kind.id].map((datum) => kind.publish(datum as never, context))]),
  ) as PublishedRecords;
}

/** The schema of the whole-release file: metadata, topics, paragraphs, and a list per kind of data. */
export const wholeReleaseSchema = publishedReleaseSchema(
  Object.fromEntries(dataKinds.map((kind) => [kind.id, z.array(kind.publishedSchema).describe(kind.summary)])) as {
    [K in DataKind]: z.ZodArray<KindOf<K>['publishedSchema']>;
  },
);

/** The whole-release file. */
export type PublishedRelease = z.output<typeof wholeReleaseSchema>;

/**
 * One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). A text that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula by a
 * spreadsheet: it gets a leading apostrophe, as OWASP advises, which spreadsheets do not show.
 * Numbers are written as they are.
 */
export function csvField(value: string | number | undefined): string {
  const text =
    value === undefined ? '' : typeof value === 'number' ? String(value) : value.replace(/^[=+\-@\t\r]/u, "'$&");
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** Records as CSV (RFC 4180): a heading row, then one row per record, lines ended by CRLF. */
export function toCsv<T>(records: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const rows = [
    columns.map((column) => column.heading),
    ...records.map((record) => columns.map((column) => column.value(record))),
  ];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One kind of a release's data as CSV. */
export function kindToCsv<K extends DataKind>(kind: K, records: PublishedRecords[K]): string {
  return toCsv(records, dataKind(kind).csvColumns as readonly CsvColumn<PublishedRecords[K][number]>[]);
}

/** What the whole-release file needs to know of a release. */
export interface ReleaseForExport {
  id: string;
  data: {
    headline: string;
    published: Date;
    meeting: { date: Date; place: string };
    issuer: string;
    attribution: string;
    summary: string;
  };
}

/** What the whole-release file needs to know of a topic. */
export interface TopicForExport {
  id: string;
  data: { order: number; label: string; title: string; summary: string };
}

/**
 * The whole release as one document: metadata, topics, every paragraph of the official text with
 * its id and address, and every datum with where it comes from.
 */
export function wholeReleaseDocument(args: {
  release: ReleaseForExport;
  topics: readonly TopicForExport[];
  topicParagraphs: ReadonlyMap<string, readonly number[]>;
  paragraphs: readonly string[];
  places: readonly ParagraphPlace[];
  records: PublishedRecords;
  address: Addresser;
  overviewPath: string;
  topicPath: (topicId: string) => string;
  schemaUrl: string | undefined;
  provenance: PublishedRelease['provenance'];
}): PublishedRelease {
  const { release, address } = args;
  return {
    $schema: args.schemaUrl,
    id: versionOf(release.id).release,
    language: versionOf(release.id).lang,
    url: address(args.overviewPath),
    provenance: args.provenance,
    license: dataLicense(release.data.issuer),
    headline: release.data.headline,
    published: isoDate(release.data.published),
    meeting: { date: isoDate(release.data.meeting.date), place: release.data.meeting.place },
    issuer: release.data.issuer,
    attribution: release.data.attribution,
    summary: release.data.summary,
    topics: args.topics.map((topic) => ({
      id: topic.id.slice(topic.id.lastIndexOf('/') + 1),
      order: topic.data.order,
      label: topic.data.label,
      title: topic.data.title,
      summary: topic.data.summary,
      url: address(args.topicPath(topic.id)),
      paragraphs: [...(args.topicParagraphs.get(topic.id) ?? [])],
    })),
    paragraphs: args.paragraphs.map((text, i) => {
      const place = args.places[i];
      if (!place) throw new Error(`release ${release.id}: paragraph ${i + 1} is on no page`);
      const anchor = paragraphAnchor(i + 1).id;
      return { number: i + 1, anchor, text, topic: place.topic, url: address(`${place.page}#${anchor}`) };
    }),
    ...args.records,
  };
}
