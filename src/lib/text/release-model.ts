import { DATE_FORMS, datesWritten, formatDate } from './dates.ts';
import { normalizeWhitespace, type PublishedText } from './published-text.ts';
import { readOfficialBody } from './official-body.ts';
import { nearestDifference } from './text-difference.ts';
import { compositionDifference } from './look-alike.ts';
import { RESERVED_TOPIC_SLUGS, topicSlug } from '../site/release-paths.ts';

/** A content problem, reported as `<file>: <field>: <what is wrong>`; it stops the build. */
export class ContentError extends Error {
  constructor(file: string, field: string, message: string) {
    super(`${file}: ${field}: ${message}`);
    this.name = 'ContentError';
  }
}

/** What the release model needs from a release entry (a subset of `CollectionEntry<'releases'>`). */
export interface ReleaseEntryLike<
  D = {
    headline: string;
    attribution: string;
    published: Date;
    meeting: { date: Date; place: string };
  },
> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: D;
}

/** What the release model needs from a topic entry (a subset of `CollectionEntry<'topics'>`). */
export interface TopicEntryLike<D = { order: number }> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: D;
}

/** A release with its topics in order and the paragraph numbers each entry holds. */
export interface ReleaseModel<R extends ReleaseEntryLike, T extends TopicEntryLike> {
  /** The release's collection entry: its metadata (frontmatter) and its lead. */
  entry: R;
  /** The topics, in their `order`. */
  topics: T[];
  /** The release as published. */
  published: PublishedText;
  /** Paragraph numbers (1-based, in published order) of the overview's lead. */
  leadParagraphs: number[];
  /** Paragraph numbers of each topic, by topic id. */
  topicParagraphs: Map<string, number[]>;
  /**
   * The data panels each entry's body places (`<KeyFigure id="…" />`), by entry id (the release's
   * id for the overview), in order, each with the number of the paragraph it follows.
   */
  panels: Map<string, EntryPanel[]>;
}

/** A data panel an MDX body places after a paragraph. */
export interface EntryPanel {
  name: string;
  id: string;
  /** The paragraph it follows (0 when it comes first). */
  after: number;
}

/** Where an entry came from, for messages. */
function fileOf(entry: { id: string; filePath?: string | undefined }): string {
  return entry.filePath ?? entry.id;
}

/**
 * Whether `text` holds `words` as whole words: "8 January 2019" is not in "28 January 2019", nor
 * "Astana" in "Astanay".
 */
function containsWhole(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

function excerpt(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

/**
 * Groups topics by the release whose folder holds them (a topic's id is `<release>/<topic>`);
 * fails on a topic in no release's folder, or named as a page of the release is.
 */
export function topicsByRelease<T extends TopicEntryLike>(
  releaseIds: readonly string[],
  topics: readonly T[],
): Map<string, T[]> {
  const byRelease = new Map<string, T[]>(releaseIds.map((id) => [id, []]));
  for (const topic of topics) {
    const folder = topic.id.slice(0, topic.id.lastIndexOf('/'));
    if (RESERVED_TOPIC_SLUGS.includes(topicSlug(topic.id))) {
      throw new ContentError(
        fileOf(topic),
        'file name',
        `"${topicSlug(topic.id)}" is the address of a page of the release; rename the file`,
      );
    }
    const list = byRelease.get(folder);
    if (!list) {
      throw new ContentError(
        fileOf(topic),
        'folder',
        `"${folder}" holds a topic but no release (index.mdx and press-release.txt); known releases: ${releaseIds.join(', ') || 'none'}`,
      );
    }
    list.push(topic);
  }
  return byRelease;
}

/**
 * Checks one release against its published text and orders its topics. Fails, naming the file
 * and the field, when the headline or attribution differ from the published text, when its
 * `published` day is not one the date line gives (in any form {@link datesWritten} reads), when two
 * topics share an `order`, or when the official text of the MDX bodies, read in order (overview,
 * then topics), is not the published text paragraph by paragraph.
 */
export function releaseModel<R extends ReleaseEntryLike, T extends TopicEntryLike>(
  release: R,
  topics: readonly T[],
  published: PublishedText,
): ReleaseModel<R, T> {
  const file = fileOf(release);
  for (const field of ['headline', 'attribution'] as const) {
    const written = normalizeWhitespace(release.data[field]);
    if (written !== published[field]) {
      const form = compositionDifference(written, published[field]);
      const nearest = nearestDifference(written, [published[field]]);
      throw new ContentError(
        file,
        field,
        [
          `differs from the published text: "${published[field]}"${form ? `: ${form}` : nearest ? `: it ${nearest.where}` : ''}`,
          ...(form ? [] : (nearest?.display ?? [])),
        ].join('\n'),
      );
    }
  }
  const datesRead = datesWritten(published.dateLine);
  if (!datesRead.some(({ date }) => date.getTime() === release.data.published.getTime())) {
    const read =
      datesRead.length === 0
        ? 'which gives no date in a form the site reads'
        : `which gives ${datesRead.map(({ date }) => formatDate(date)).join(', ')}`;
    throw new ContentError(
      file,
      'published',
      `${formatDate(release.data.published)} is not the date the published text gives: its date line is "${published.dateLine}", ${read} (dates are read as ${DATE_FORMS.map((form) => `"${form}"`).join(', ')})`,
    );
  }
  // The lead names the day and place of the meeting ("December 21, 2018, Astana."), the day in
  // any form the date line may take: the office that wrote one wrote the other.
  const lead = published.paragraphs[0] ?? '';
  const { date, place } = release.data.meeting;
  if (!datesWritten(lead).some((written) => written.date.getTime() === date.getTime())) {
    throw new ContentError(file, 'meeting.date', `is not the day the lead gives: "${lead.slice(0, 60)}…"`);
  }
  if (!containsWhole(lead, place)) {
    throw new ContentError(file, 'meeting.place', `"${place}" is not named in the lead`);
  }
  const seen = new Map<string, number>();
  published.paragraphs.forEach((paragraph, i) => {
    const first = seen.get(paragraph);
    if (first !== undefined) {
      throw new ContentError(
        file,
        'body',
        `published paragraphs ${first + 1} and ${i + 1} are the same; their ids would be ambiguous`,
      );
    }
    seen.set(paragraph, i);
  });

  const sorted = [...topics].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i += 1) {
    const [before, after] = [sorted[i - 1], sorted[i]];
    if (before && after && before.data.order === after.data.order) {
      throw new ContentError(
        fileOf(after),
        'order',
        `${after.data.order} is also the order of ${fileOf(before)}; each topic of a release needs its own`,
      );
    }
  }

  let next = 0;
  const panels = new Map<string, EntryPanel[]>();
  const take = (entry: { id: string; filePath?: string | undefined; body?: string | undefined }): number[] => {
    const numbers: number[] = [];
    const entryPanels: EntryPanel[] = [];
    panels.set(entry.id, entryPanels);
    for (const block of readOfficialBody(entry.body ?? '', fileOf(entry))) {
      if (block.kind === 'component') {
        entryPanels.push({ name: block.name, id: block.id, after: numbers.at(-1) ?? 0 });
        continue;
      }
      const paragraph = block.text;
      const expected = published.paragraphs[next];
      if (paragraph !== expected) {
        throw new ContentError(
          fileOf(entry),
          'body',
          expected === undefined
            ? `"${excerpt(paragraph)}" is beyond the end of the published text`
            : `"${excerpt(paragraph)}" is not the next published paragraph (${next + 1}: "${excerpt(expected)}")`,
        );
      }
      next += 1;
      numbers.push(next);
    }
    return numbers;
  };

  const leadParagraphs = take(release);
  const topicParagraphs = new Map(sorted.map((topic) => [topic.id, take(topic)]));
  if (next < published.paragraphs.length) {
    throw new ContentError(
      file,
      'body',
      `published paragraph ${next + 1} ("${excerpt(published.paragraphs[next] ?? '')}") is in no topic`,
    );
  }
  return { entry: release, topics: sorted, published, leadParagraphs, topicParagraphs, panels };
}
