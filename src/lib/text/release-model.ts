import { ContentError, problemsOf, throwProblems } from '../check/content-error.ts';
import { DATE_FORMS, datesWritten, formatDate } from './dates.ts';
import { normalizeWhitespace, PUBLISHED_TEXT_FILE, type PublishedText } from './published-text.ts';
import { paragraphProblems, readOfficialBody, type BodyBlock } from './official-body.ts';
import { nearestDifference } from './text-difference.ts';
import { compositionDifference } from './look-alike.ts';
import { RESERVED_TOPIC_SLUGS, topicSlug } from '../site/routes.ts';

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
  /** The line of its file where the body starts, where known: messages then name the line. */
  bodyLine?: number | undefined;
  data: D;
}

/** What the release model needs from a topic entry (a subset of `CollectionEntry<'topics'>`). */
export interface TopicEntryLike<D = { order: number }> {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  /** The line of its file where the body starts, where known: messages then name the line. */
  bodyLine?: number | undefined;
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
  /** Its line in the entry's file, where known. */
  line?: number | undefined;
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
 * Checks a release's own fields against its published text: the headline and attribution, word for
 * word; `published`, a day the date line gives (in any form {@link datesWritten} reads); the
 * meeting's day and place, named in the lead. Returns every problem.
 */
export function releaseFieldProblems(release: ReleaseEntryLike, published: PublishedText): ContentError[] {
  const file = fileOf(release);
  const problems: ContentError[] = [];
  for (const field of ['headline', 'attribution'] as const) {
    const written = normalizeWhitespace(release.data[field]);
    if (written !== published[field]) {
      const form = compositionDifference(written, published[field]);
      const nearest = nearestDifference(written, [published[field]]);
      problems.push(
        new ContentError(
          file,
          field,
          [
            `differs from the published text: "${published[field]}"${form ? `: ${form}` : nearest ? `: it ${nearest.where}` : ''}`,
            ...(form ? [] : (nearest?.display ?? [])),
          ].join('\n'),
        ),
      );
    }
  }
  const datesRead = datesWritten(published.dateLine);
  if (!datesRead.some(({ date }) => date.getTime() === release.data.published.getTime())) {
    const read =
      datesRead.length === 0
        ? 'which gives no date in a form the site reads'
        : `which gives ${datesRead.map(({ date }) => formatDate(date)).join(', ')}`;
    problems.push(
      new ContentError(
        file,
        'published',
        `${formatDate(release.data.published)} is not the date the published text gives: its date line is "${published.dateLine}", ${read} (dates are read as ${DATE_FORMS.map((form) => `"${form}"`).join(', ')})`,
      ),
    );
  }
  // The lead names the day and place of the meeting ("December 21, 2018, Astana."), the day in
  // any form the date line may take: the office that wrote one wrote the other.
  const lead = published.paragraphs[0] ?? '';
  const { date, place } = release.data.meeting;
  if (!datesWritten(lead).some((written) => written.date.getTime() === date.getTime())) {
    problems.push(new ContentError(file, 'meeting.date', `is not the day the lead gives: "${lead.slice(0, 60)}…"`));
  }
  if (!containsWhole(lead, place)) {
    problems.push(new ContentError(file, 'meeting.place', `"${place}" is not named in the lead`));
  }
  return problems;
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
  /** The published text's file, as messages name it. */
  source = PUBLISHED_TEXT_FILE,
): ReleaseModel<R, T> {
  const file = fileOf(release);
  const problems = releaseFieldProblems(release, published);
  const seen = new Map<string, number>();
  published.paragraphs.forEach((paragraph, i) => {
    const first = seen.get(paragraph);
    if (first !== undefined) {
      problems.push(
        new ContentError(
          file,
          'body',
          `published paragraphs ${first + 1} and ${i + 1} are the same; their ids would be ambiguous`,
        ),
      );
    }
    seen.set(paragraph, i);
  });

  const sorted = [...topics].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i += 1) {
    const [before, after] = [sorted[i - 1], sorted[i]];
    if (before && after && before.data.order === after.data.order) {
      problems.push(
        new ContentError(
          fileOf(after),
          'order',
          `${after.data.order} is also the order of ${fileOf(before)}; each topic of a release needs its own`,
        ),
      );
    }
  }

  // The paragraphs are read in order; after the first out of place, the rest would all be.
  let next = 0;
  let inOrder = true;
  const panels = new Map<string, EntryPanel[]>();
  const take = (entry: TopicEntryLike<unknown>): number[] => {
    const numbers: number[] = [];
    const entryPanels: EntryPanel[] = [];
    panels.set(entry.id, entryPanels);
    let blocks: BodyBlock[];
    try {
      // With the line its body starts on, each block's line is the file's.
      blocks = readOfficialBody(entry.body ?? '', fileOf(entry), entry.bodyLine);
    } catch (error) {
      problems.push(...problemsOf(error, fileOf(entry)));
      inOrder = false;
      return numbers;
    }
    // A paragraph that is not in the text at all is shown against the nearest published one.
    const missing = paragraphProblems(blocks, published.paragraphs, fileOf(entry), source);
    if (missing.length > 0) {
      problems.push(...missing);
      inOrder = false;
    }
    for (const block of blocks) {
      if (block.kind === 'component') {
        entryPanels.push({ name: block.name, id: block.id, after: numbers.at(-1) ?? 0, line: block.line });
        continue;
      }
      const paragraph = block.text;
      const expected = published.paragraphs[next];
      if (inOrder && paragraph !== expected) {
        inOrder = false;
        problems.push(
          new ContentError(
            fileOf(entry),
            'body',
            expected === undefined
              ? `"${excerpt(paragraph)}" is beyond the end of the published text`
              : `"${excerpt(paragraph)}" is not the next published paragraph (${next + 1}: "${excerpt(expected)}")`,
            { line: block.line },
          ),
        );
      }
      next += 1;
      numbers.push(next);
    }
    return numbers;
  };

  const leadParagraphs = take(release);
  const topicParagraphs = new Map(sorted.map((topic) => [topic.id, take(topic)]));
  if (inOrder && next < published.paragraphs.length) {
    problems.push(
      new ContentError(
        file,
        'body',
        `published paragraph ${next + 1} ("${excerpt(published.paragraphs[next] ?? '')}") is in no topic`,
      ),
    );
  }
  throwProblems(problems, `${file}: the release does not match its published text`);
  return { entry: release, topics: sorted, published, leadParagraphs, topicParagraphs, panels };
}
