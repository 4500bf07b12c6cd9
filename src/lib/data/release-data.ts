import type { ReleaseDate } from './kinds/dates.ts';
import type { ReleaseFigure } from './kinds/figures.ts';
import type { ReleaseInstruction } from './kinds/instructions.ts';
import type { ReleasePerson } from './kinds/people.ts';
import { messages } from '../i18n/catalogue.ts';
import { versionOf } from '../site/versions.ts';
import { routes } from '../site/routes.ts';
import { formatWhen, whenSortKey } from '../../schemas/when.ts';

/** Where a paragraph of the official text is read: its topic (or the overview) and its page. */
export interface ParagraphPlace {
  /** The topic's label, or the overview's. */
  topic: string;
  /** The topic's id (`<release>/<topic>`); undefined for the overview. */
  topicId: string | undefined;
  /** The site path of the page that holds the paragraph (no anchor). */
  page: string;
}

/** Where each paragraph of a release is read: the overview holds the lead, topic pages the rest. */
export function paragraphPlaces(model: {
  entry: { id: string };
  topics: readonly { id: string; data: { label: string } }[];
  leadParagraphs: readonly number[];
  topicParagraphs: ReadonlyMap<string, readonly number[]>;
}): ParagraphPlace[] {
  const places: ParagraphPlace[] = [];
  // The overview is named in the version's language, as its pages and its search filter name it.
  const overview = messages(versionOf(model.entry.id).lang).site.overview;
  for (const n of model.leadParagraphs) {
    places[n - 1] = { topic: overview, topicId: undefined, page: routes.overview.path(model.entry.id) };
  }
  for (const topic of model.topics) {
    for (const n of model.topicParagraphs.get(topic.id) ?? []) {
      places[n - 1] = { topic: topic.data.label, topicId: topic.id, page: routes.topic.path(topic.id) };
    }
  }
  return places;
}

/** Where a datum comes from, derived from its sentence. */
export interface Source {
  /** The sentence, white space collapsed, as it stands in the official text. */
  sentence: string;
  /** The paragraph's number in the published text. */
  paragraph: number;
  /** The paragraph's anchor: `p<n>`. */
  anchor: string;
  /** The topic (or overview) label of the paragraph. */
  topic: string;
  /** The topic's id, undefined for the overview. */
  topicId: string | undefined;
  /** The site path of the paragraph: its page and anchor. */
  path: string;
}

/** A datum as read from a data file: its local id, its file (for messages) and its data. */
export interface DataEntry<D> {
  id: string;
  file: string;
  data: D;
}

/** A group of data under one heading: the key, the heading and the items, in text order. */
export interface DataGroup<T> {
  key: string;
  label: string;
  items: T[];
}

/** Groups items by a key, keeping the order in which each key first appears. */
export function groupInOrder<T>(
  items: readonly T[],
  keyOf: (item: T) => { key: string; label: string },
): DataGroup<T>[] {
  const groups = new Map<string, DataGroup<T>>();
  for (const item of items) {
    const { key, label } = keyOf(item);
    let group = groups.get(key);
    if (!group) {
      group = { key, label, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}

/** Figures grouped by the topic of their paragraph, topics in text order. */
export function figuresByTopic(figures: readonly ReleaseFigure[]): DataGroup<ReleaseFigure>[] {
  return groupInOrder(figures, (figure) => ({ key: figure.source.topic, label: figure.source.topic }));
}

/** The heading of instructions whose addressee the text does not name. */
export const UNNAMED_ADDRESSEE = 'Addressee not named in the text';

/** Instructions grouped by whom they were given to, in the order each first appears; unnamed last. */
export function instructionsByAgency(instructions: readonly ReleaseInstruction[]): DataGroup<ReleaseInstruction>[] {
  const groups = groupInOrder(instructions, (instruction) => {
    const to = instruction.to;
    if (!to) return { key: '', label: UNNAMED_ADDRESSEE };
    return to.person ? { key: to.person.id, label: to.person.label } : { key: `as:${to.party.as}`, label: to.party.as };
  });
  return [...groups.filter((group) => group.key !== ''), ...groups.filter((group) => group.key === '')];
}

/** People, then organisations, each in the order the text first names them; a kind with no one left out. */
export function peopleByKind(people: readonly ReleasePerson[]): DataGroup<ReleasePerson>[] {
  return [
    { key: 'person', label: 'People', items: people.filter((person) => person.data.kind === 'person') },
    {
      key: 'organisation',
      label: 'Organisations',
      items: people.filter((person) => person.data.kind === 'organisation'),
    },
  ].filter((group) => group.items.length > 0);
}

/** Dates and periods in time order; those that begin together, the shorter first. */
export function timeline(dates: readonly ReleaseDate[]): ReleaseDate[] {
  return [...dates].sort(
    (a, b) => whenSortKey(a.when).localeCompare(whenSortKey(b.when)) || a.source.paragraph - b.source.paragraph,
  );
}

/**
 * The timeline split at the release's own publication day (its metadata, not its paragraphs), so
 * that a page can place the publication among the dates of the text: `before` holds what begins by
 * that day (a date on the day itself included), `after` what begins later; each in time order.
 */
export function timelineAround(
  dates: readonly ReleaseDate[],
  published: Date,
): { before: ReleaseDate[]; after: ReleaseDate[] } {
  // The publication as a date of the timeline, ordered by the same key as the dates of the text.
  const day = whenSortKey({
    start: { year: published.getUTCFullYear(), month: published.getUTCMonth() + 1, day: published.getUTCDate() },
  });
  const ordered = timeline(dates);
  return {
    before: ordered.filter((date) => whenSortKey(date.when) <= day),
    after: ordered.filter((date) => whenSortKey(date.when) > day),
  };
}

/**
 * The figures a figure's panel draws: a share as a part of its whole, alone; a compared figure
 * with every figure it is compared with; none otherwise.
 */
export function chartedWith(figure: ReleaseFigure, figures: readonly ReleaseFigure[]): ReleaseFigure[] {
  if (figure.data.kind === 'share') return [figure];
  return figures.filter((other) => figure.data.compare !== undefined && other.data.compare === figure.data.compare);
}

/** Figures that share a comparison title, for one chart each; a title needs two figures or more. */
export function comparisons(figures: readonly ReleaseFigure[]): DataGroup<ReleaseFigure>[] {
  return groupInOrder(
    figures.filter((figure) => figure.data.compare !== undefined),
    (figure) => ({ key: figure.data.compare ?? '', label: figure.data.compare ?? '' }),
  ).filter((group) => group.items.length > 1);
}

/** The instructions a person or organisation gave or received. */
export function instructionsOf(
  personId: string,
  instructions: readonly ReleaseInstruction[],
): { gave: ReleaseInstruction[]; received: ReleaseInstruction[] } {
  return {
    gave: instructions.filter((instruction) => instruction.by?.person?.id === personId),
    received: instructions.filter((instruction) => instruction.to?.person?.id === personId),
  };
}

/** A figure's number and unit as the text writes them: `387 kg`, `9%`, `1,5 thousand sentences`. */
export function figureText(figure: Pick<ReleaseFigure, 'written'> & { data: { unit: string } }): string {
  const { unit } = figure.data;
  // Signs such as % follow the number directly; words and abbreviations after a space.
  return /^[\p{L}\p{N}]/u.test(unit) ? `${figure.written} ${unit}` : `${figure.written}${unit}`;
}

/** A date or period as the pages name it: `2017`, or `2018 (“the current one”)` when it was read. */
export function dateLabel(
  date: Pick<ReleaseDate, 'when'> & { data: { as: string; reading?: string | undefined } },
): string {
  const when = formatWhen(date.when);
  return date.data.reading === undefined ? when : `${when} (“${date.data.as}”)`;
}
