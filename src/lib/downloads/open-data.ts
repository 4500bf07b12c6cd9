import type { PublishedDate } from '../../schemas/date';
import type { PublishedFigure } from '../../schemas/figure';
import type { PublishedInstruction } from '../../schemas/instruction';
import type { PublishedRelease } from '../../schemas/open-data';
import type { PublishedPerson } from '../../schemas/person';
import { isoDate } from '../text/dates';
import { dataLicense } from './rights';
import { paragraphAnchor } from '../text/paragraphs';
import type { ParagraphPlace, ReleaseData, Source } from '../data/release-data';
import type { DataKind } from '../../schemas/data-kind';

/** Turns a site path (`releases/x/#p3`, no leading slash) into the address readers are given. */
export type Addresser = (sitePath: string) => string;

/** The published records of each kind. */
export interface PublishedRecords {
  figures: PublishedFigure[];
  instructions: PublishedInstruction[];
  people: PublishedPerson[];
  dates: PublishedDate[];
}

function provenance(releaseId: string, source: Source, address: Addresser) {
  return {
    release: releaseId,
    paragraph: source.paragraph,
    anchor: source.anchor,
    topic: source.topic,
    url: address(source.path),
  };
}

/** The published records of a release's data: each datum as written, with where it comes from. */
export function publishedRecords(releaseId: string, data: ReleaseData, address: Addresser): PublishedRecords {
  return {
    figures: data.figures.map(({ data: figure, source }) => ({
      ...figure,
      sentence: source.sentence,
      ...provenance(releaseId, source, address),
    })),
    instructions: data.instructions.map(({ data: instruction, source }) => ({
      ...instruction,
      sentence: source.sentence,
      ...provenance(releaseId, source, address),
    })),
    people: data.people.map(({ data: person, source, mentions }) => ({
      ...person,
      sentence: source.sentence,
      mentions: mentions.map((mention) => ({
        as: mention.as,
        sentence: mention.source.sentence,
        paragraph: mention.source.paragraph,
        url: address(mention.source.path),
      })),
      ...provenance(releaseId, source, address),
    })),
    dates: data.dates.map(({ data: date, source }) => ({
      ...date,
      sentence: source.sentence,
      ...provenance(releaseId, source, address),
    })),
  };
}

/** One column of a CSV file: its heading and how to read it from a record. */
interface Column<T> {
  heading: string;
  value: (record: T) => string | number | undefined;
}

const provenanceColumns: Column<{ paragraph: number; anchor: string; topic: string; url: string }>[] = [
  { heading: 'topic', value: (r) => r.topic },
  { heading: 'paragraph', value: (r) => r.paragraph },
  { heading: 'url', value: (r) => r.url },
];

/** The columns of each kind's CSV file; nested fields are flattened, lists joined with ` | `. */
export const csvColumns: { [K in DataKind]: Column<PublishedRecords[K][number]>[] } = {
  figures: [
    { heading: 'id', value: (r) => r.id },
    { heading: 'kind', value: (r) => r.kind },
    { heading: 'value', value: (r) => r.value },
    { heading: 'unit', value: (r) => r.unit },
    { heading: 'written', value: (r) => r.written },
    { heading: 'change', value: (r) => r.change },
    { heading: 'measure', value: (r) => r.measure },
    { heading: 'period', value: (r) => r.period },
    { heading: 'compare', value: (r) => r.compare },
    { heading: 'sentence', value: (r) => r.sentence },
    ...provenanceColumns,
  ],
  instructions: [
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
  people: [
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
  dates: [
    { heading: 'id', value: (r) => r.id },
    { heading: 'when', value: (r) => r.when },
    { heading: 'as', value: (r) => r.as },
    { heading: 'event', value: (r) => r.event },
    { heading: 'reading', value: (r) => r.reading },
    { heading: 'sentence', value: (r) => r.sentence },
    ...provenanceColumns,
  ],
};

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

/** Records as CSV (RFC 4180): a heading row, then one row per record, lines ended by CRLF. */
export function toCsv<T>(records: readonly T[], columns: readonly Column<T>[]): string {
  const rows = [
    columns.map((column) => column.heading),
    ...records.map((record) => columns.map((column) => column.value(record))),
  ];
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** One kind of a release's data as CSV. */
export function kindToCsv<K extends DataKind>(kind: K, records: PublishedRecords[K]): string {
  return toCsv(records as PublishedRecords[K][number][], csvColumns[kind] as Column<PublishedRecords[K][number]>[]);
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
  schemaUrl: string;
}): PublishedRelease {
  const { release, address } = args;
  return {
    $schema: args.schemaUrl,
    id: release.id,
    url: address(args.overviewPath),
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
