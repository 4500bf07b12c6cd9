// What the search index is made of, from the release model and its checked data: the text of each
// page Pagefind indexes (for the word list the search reads) and one record for each datum of the
// data pages. The build writes it once (src/pages/search-input.json.ts); the Pagefind integration
// (src/integrations/pagefind.ts) reads it, so that nothing of the index is read back out of HTML.
import { instructionLine } from '../data/at-a-glance.ts';
import { datumAnchor } from '../data/data-anchors.ts';
import { kindsOf, type DataKind, type ReleaseData } from '../data/kinds/index.ts';
import type { ReleaseFigure } from '../data/kinds/figures.ts';
import type { ReleaseInstruction } from '../data/kinds/instructions.ts';
import type { ReleasePerson } from '../data/kinds/people.ts';
import type { ReleaseDate } from '../data/kinds/dates.ts';
import {
  dateLabel,
  figuresByTopic,
  figureText,
  instructionsByAgency,
  instructionsOf,
  peopleByKind,
  timelineAround,
} from '../data/release-data.ts';
import { routes } from '../site/routes.ts';
import { messages, type Messages } from '../i18n/catalogue.ts';
import { SITE_LANGUAGES, versionOf, type SiteLanguage } from '../site/versions.ts';
import { formatWhen } from '../../schemas/when.ts';
import { DATA_TOPIC } from './search-results.ts';
import { countWords, type Vocabulary } from './search-vocabulary.ts';

/** A datum of a data page as one search record: its own address, text and topics. */
export interface DataRecord {
  /** The datum's address: its data page and its anchor (`/releases/<id>/data/figures/#figure-<id>`). */
  url: string;
  /** Its fields as its card shows them, each ended as a sentence; the quoted official sentence left out. */
  content: string;
  meta: { title: string; topic: string };
  /** The topics whose paragraphs the datum comes from: the topic filter finds it under these only. */
  filters: { topic: string[] };
  /** The language of its release's version: each language has an index of its own. */
  language: SiteLanguage;
}

/** A page Pagefind indexes from its HTML, and the texts its indexed part holds. */
export interface IndexedPage {
  /** The page's address, from the site's base (`/releases/<id>/`). */
  url: string;
  /** Its heading and its paragraphs of the official text. */
  texts: string[];
  /** The page's language (its `<html lang>`), which chooses the index Pagefind puts it in. */
  language: SiteLanguage;
}

/** Everything the search index is made of. */
export interface SearchInput {
  pages: IndexedPage[];
  records: DataRecord[];
}

/** The release model as the search needs it. */
export interface SearchModel {
  entry: { id: string; data: { headline: string; published: Date } };
  topics: readonly { id: string; data: { title: string } }[];
  published: { paragraphs: readonly string[] };
  leadParagraphs: readonly number[];
  topicParagraphs: ReadonlyMap<string, readonly number[]>;
}

/**
 * The pages of a release that Pagefind indexes, with what it reads of each: the overview (the
 * headline and the lead) and each topic page (its title and its paragraphs). Their editorial parts,
 * data panels and notes are marked `data-pagefind-ignore` and left out of the index.
 */
export function indexedPages(model: SearchModel): IndexedPage[] {
  const paragraphs = (numbers: readonly number[]): string[] =>
    numbers.map((n) => model.published.paragraphs[n - 1] ?? '');
  const { lang: language } = versionOf(model.entry.id);
  return [
    {
      url: `/${routes.overview.path(model.entry.id)}`,
      texts: [model.entry.data.headline, ...paragraphs(model.leadParagraphs)],
      language,
    },
    ...model.topics.map((topic) => ({
      url: `/${routes.topic.path(topic.id)}`,
      texts: [topic.data.title, ...paragraphs(model.topicParagraphs.get(topic.id) ?? [])],
      language,
    })),
  ];
}

/** Texts in the order of their UTF-16 code units, as a plain sort puts them (not the locale's order). */
function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A datum as a card of its data page reads: its anchor, the heading it stands under, its fields, its topics. */
interface Card {
  anchor: string;
  /** The heading of its group on the page (a topic, an addressee); undefined where the page has none. */
  group: string | undefined;
  /** Its fields in the card's order; an empty or undefined field is not shown. */
  fields: (string | undefined)[];
  topics: string[];
}

const figureCard = (figure: ReleaseFigure, group: string, m: Messages): Card => {
  const { change } = figure.data;
  return {
    anchor: datumAnchor('figures', figure.id),
    group,
    fields: [
      figure.data.measure,
      [change && `${change === 'decrease' ? '↓' : '↑'} ${m.data.change[change]}`, figureText(figure)]
        .filter(Boolean)
        .join(' '),
      figure.period ? `${m.data.period} ${dateLabel(figure.period)}` : m.data.noPeriod,
    ],
    topics: [figure.source.topic],
  };
};

const instructionCard = (instruction: ReleaseInstruction, group: string, m: Messages): Card => {
  const line = instructionLine(instruction);
  const named = [instruction.by, instruction.to].flatMap((party) => (party?.person ? [party.person.label] : []));
  return {
    anchor: datumAnchor('instructions', instruction.id),
    group,
    fields: [
      `${[line.before, line.verb, line.after].filter(Boolean).join(' ')}${line.unnamed ? ` (${line.unnamed})` : ''}: ${line.what}.`,
      instruction.data.due && m.data.due(instruction.data.due),
      named.length > 0 ? `${m.data.named} ${named.join(', ')}.` : undefined,
    ],
    topics: [instruction.source.topic],
  };
};

const personCard = (
  person: ReleasePerson,
  group: string,
  instructions: readonly ReleaseInstruction[],
  m: Messages,
): Card => {
  const { gave, received } = instructionsOf(person.id, instructions);
  const words = m.dataPages.people;
  const asked = [
    ...gave.map((instruction) => `${words.gave} ${instruction.data.what}`),
    ...received.map((instruction) => `${instruction.data.verb}: ${instruction.data.what}`),
  ];
  return {
    anchor: datumAnchor('people', person.id),
    group,
    fields: [
      person.label,
      person.data.name && person.data.role,
      person.mentions.length > 0
        ? `${words.alsoNamed} ${person.mentions.map((mention) => `“${mention.as}”, ${words.paragraph(mention.source.paragraph)}`).join(' ')}`
        : undefined,
      asked.length > 0 ? `${words.instructions} ${asked.join(' ')}` : undefined,
    ],
    topics: [...new Set([person.source.topic, ...person.mentions.map((mention) => mention.source.topic)])],
  };
};

const dateCard = (date: ReleaseDate, m: Messages): Card => ({
  anchor: datumAnchor('dates', date.id),
  group: undefined,
  fields: [
    formatWhen(date.when),
    date.data.event,
    m.data.inText(date.data.as),
    date.data.reading && m.data.readAs(date.data.reading),
  ],
  topics: [date.source.topic],
});

/** Each kind's cards in the order of its page: under the page's headings, in their order. */
function cardsOf(kind: DataKind, model: SearchModel, data: ReleaseData, m: Messages): Card[] {
  switch (kind) {
    case 'figures':
      return figuresByTopic(data.figures).flatMap((group) =>
        group.items.map((item) => figureCard(item, group.label, m)),
      );
    case 'instructions':
      return instructionsByAgency(data.instructions).flatMap((group) =>
        group.items.map((item) => instructionCard(item, group.label, m)),
      );
    case 'people':
      return peopleByKind(data.people).flatMap((group) =>
        group.items.map((item) => personCard(item, group.label, data.instructions, m)),
      );
    case 'dates': {
      const { before, after } = timelineAround(data.dates, model.entry.data.published);
      return [...before, ...after].map((date) => dateCard(date, m));
    }
  }
}

/** A field ended as a sentence, so that the words of neighbouring fields never run together. */
function asSentence(field: string): string {
  return /[.!?:;]$/u.test(field) ? field : `${field}.`;
}

/**
 * The data of a release, one record per datum, in the order of their pages' addresses and of the
 * cards on each page. A record leads to the datum itself, is found under the datum's own topics,
 * and is titled by its page, the heading it stands under and its first field; the sentence of the
 * official text each card quotes is left out, so that a search for the text finds its paragraph.
 */
export function dataRecords(model: SearchModel, data: ReleaseData): DataRecord[] {
  // The records speak the version's language, as its data pages do.
  const m = messages(versionOf(model.entry.id).lang);
  const pages = kindsOf(data)
    .map((kind) => ({
      kind: kind.id,
      title: m.data.kinds[kind.id],
      page: `/${routes.dataPage[kind.id].path(model.entry.id)}`,
    }))
    .sort((a, b) => byText(a.page, b.page));
  return pages.flatMap(({ kind, title, page }) =>
    cardsOf(kind, model, data, m).map((card) => {
      const fields = card.fields
        .map((field) => (field ?? '').replace(/\s+/gu, ' ').trim())
        .filter((field) => field !== '');
      const name = [card.group, fields[0]].filter(Boolean).join(' — ');
      return {
        url: `${page}#${card.anchor}`,
        content: fields.map(asSentence).join(' '),
        meta: { title: name ? `${title}: ${name}` : title, topic: DATA_TOPIC },
        filters: { topic: card.topics },
        language: versionOf(model.entry.id).lang,
      };
    }),
  );
}

/**
 * What the search index of the whole site is made of: every release's indexed pages, and the data
 * records in the order of the addresses of their pages (a page's records in its order).
 */
export function searchInput(releases: Iterable<{ model: SearchModel; data: ReleaseData }>): SearchInput {
  const all = [...releases];
  const pageOf = (url: string): string => url.replace(/#.*$/u, '');
  return {
    pages: all.flatMap(({ model }) => indexedPages(model)),
    records: all
      .flatMap(({ model, data }) => dataRecords(model, data))
      .sort((a, b) => byText(pageOf(a.url), pageOf(b.url))),
  };
}

/**
 * The words an index holds, counted: those of the indexed pages, then those of the data records,
 * in one language.
 */
export function searchVocabulary(input: SearchInput, language: SiteLanguage): Vocabulary {
  const ofLanguage = <T extends { language: SiteLanguage }>(items: readonly T[]): T[] =>
    items.filter((item) => item.language === language);
  return countWords([
    ...ofLanguage(input.pages).flatMap((page) => page.texts),
    ...ofLanguage(input.records).map((record) => record.content),
  ]);
}

/** The languages an index is made for: those of the pages and records of the search input. */
export function searchLanguages(input: SearchInput): SiteLanguage[] {
  const found = new Set([...input.pages, ...input.records].map((item) => item.language));
  return SITE_LANGUAGES.filter((lang) => found.has(lang));
}
