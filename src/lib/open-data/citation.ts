import { formatDate, isoDate } from '../text/dates.ts';
import { publicAddress, withBase, type SiteAddress } from '../site/site-address.ts';
import { copySentence, NO_COPY_ADDRESS } from '../site/publisher.ts';
import { upperFirst } from '../text/letter-case.ts';
import { versionName, versionOf } from '../site/versions.ts';
import { messages } from '../i18n/catalogue.ts';
import { DEFAULT_LANGUAGE, isInterfaceLanguage } from '../i18n/languages.ts';

/** What a citation of a release says: who wrote it, what, when, where, who published it, and whose copy this is. */
export interface CitedRelease {
  /** The release's id, used as the BibTeX key and the CSL id. */
  id: string;
  /** The language of the version cited (BCP 47). */
  language: string;
  /** The author: the attribution that closes the release (a body, not a person). */
  author: string;
  /** The headline, as published. */
  title: string;
  /** The office that issued it. */
  publisher: string;
  /** The place of the release's dateline. */
  place: string;
  /** The publication date. */
  published: Date;
  /** The address of the original page, where recorded. */
  original: string | undefined;
  /** Who publishes this copy. */
  copyPublisher: string;
}

/** Whose copy this is, in copySentence's words, without its full stop: "This copy by …, at …". */
function copyNote(release: CitedRelease, address: string | undefined): string {
  // The site's own words, in the cited version's language.
  const lang = isInterfaceLanguage(release.language) ? release.language : DEFAULT_LANGUAGE;
  return copySentence({ copy: { publisher: release.copyPublisher, url: address } }, { lang }).replace(/\.$/u, '');
}

/**
 * A ready citation of the release, or of one paragraph of it: author, title, genre, place,
 * publisher, date, the original's address, and this copy's publisher and address. The day it was
 * read is not written into the page (no placeholder to forget): the Copy button adds it, as the
 * day the reader copies it.
 */
export function citationText(release: CitedRelease, address: string, paragraph?: number): string {
  // In the cited version's language.
  const lang = isInterfaceLanguage(release.language) ? release.language : DEFAULT_LANGUAGE;
  const words = messages(lang).citations;
  const part = paragraph === undefined ? '' : words.ofParagraph(paragraph);
  return (
    `${release.author}. ${words.title(release.title)}. ${words.genre}${part}. ` +
    `${release.place}: ${release.publisher}, ${formatDate(release.published, lang)}. ` +
    (release.original ? words.firstPublished(release.original) : '') +
    `${copyNote(release, address)}.`
  );
}

const apaMonths = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });

/**
 * The release in APA style (7th edition, a press release by a group author): author, date, title
 * with its genre, publisher, the original's address; then whose copy this is and where.
 */
export function apaCitation(release: CitedRelease, address: string | undefined): string {
  const date = release.published;
  const when = `${date.getUTCFullYear()}, ${apaMonths.format(date)} ${date.getUTCDate()}`;
  return (
    `${release.author}. (${when}). ${release.title} [Press release]. ${release.publisher}.` +
    (release.original ? ` ${release.original}` : '') +
    ` (${copyNote(release, address)})`
  );
}

/** A citation as a page shows it: the text around its address, and the address itself. */
export interface CitationParts {
  before: string;
  after: string;
  /** The site path (base included), and the address as the page writes it. */
  address: { path: string; text: string };
}

/**
 * A citation of the release, or of one paragraph, with its address set apart: on a site built
 * without `SITE_URL` the address is a path, which the page's script completes with the origin the
 * reader sees, so it needs an element of its own.
 */
export function citationParts(
  release: CitedRelease,
  sitePath: string,
  location: SiteAddress,
  paragraph?: number,
): CitationParts {
  // A character no citation holds marks where the address goes.
  const marker = '\u0000';
  const [before = '', after = ''] = citationText(release, marker, paragraph).split(marker);
  const path = withBase(sitePath, location.base);
  return { before, after, address: { path, text: publicAddress(path, location.site) } };
}

/** Escapes the characters that BibTeX reads as commands or groups. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/gu, (char) => {
    if (char === '\\') return '\\textbackslash{}';
    if (char === '~') return '\\textasciitilde{}';
    if (char === '^') return '\\textasciicircum{}';
    return `\\${char}`;
  });
}

const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A BibTeX entry (`@misc`, readable by BibTeX and biblatex) for the release: its `url` is the
 * original's, and a note says whose copy this is and where.
 */
export function bibtexEntry(release: CitedRelease, address: string | undefined): string {
  const fields: [string, string][] = [
    // Double braces keep a corporate author whole instead of parsing it as first and last names.
    ['author', `{${bibtexEscape(release.author)}}`],
    ['title', `{${bibtexEscape(release.title)}}`],
    ['howpublished', 'Press release'],
    ['organization', bibtexEscape(release.publisher)],
    ['address', bibtexEscape(release.place)],
    ['year', String(release.published.getUTCFullYear())],
    ['date', isoDate(release.published)],
    ...(release.original ? ([['url', bibtexUrl(release.original)]] as [string, string][]) : []),
    ['note', bibtexEscape(copyNote(release, address))],
  ];
  const month = bibtexMonths[release.published.getUTCMonth()] ?? '';
  const width = Math.max(...fields.map(([name]) => name.length), 'month'.length);
  const lines = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}},`);
  // A month macro (`jan`) is not braced, so that styles can print the month in their own language.
  lines.splice(6, 0, `  ${'month'.padEnd(width)} = ${month},`);
  const comment = address ? '' : `% ${upperFirst(NO_COPY_ADDRESS)}.\n`;
  return `${comment}@misc{${release.id},\n${lines.join('\n')}\n}\n`;
}

/** An address as a BibTeX `url` holds it: read verbatim, so only what would end the field is encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/gu, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * A CSL-JSON item (the format of Zotero, Pandoc and citeproc) for the release: its `URL` is the
 * original's, and its note says whose copy this is and where.
 */
export function cslItem(release: CitedRelease, address: string | undefined): Record<string, unknown> {
  const date = release.published;
  return {
    id: release.id,
    type: 'report',
    language: release.language,
    genre: 'Press release',
    title: release.title,
    author: [{ literal: release.author }],
    publisher: release.publisher,
    'publisher-place': release.place,
    issued: { 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] },
    ...(release.original ? { URL: release.original } : {}),
    note: copyNote(release, address),
  };
}

/** What a citation needs from a release's frontmatter. */
export interface ReleaseForCitation {
  id: string;
  data: {
    headline: string;
    attribution: string;
    issuer: string;
    published: Date;
    meeting: { place: string };
    source?: { url: string } | undefined;
  };
}

/**
 * The citation of a release: its attribution is the author, its headline the title, its issuer
 * the publisher, the place of its dateline (the meeting's place) the place, its source the
 * original's address; and the site's publisher the publisher of this copy.
 */
export function citedRelease(release: ReleaseForCitation, copyPublisher: string): CitedRelease {
  return {
    original: release.data.source?.url,
    copyPublisher,
    id: versionName(release.id),
    language: versionOf(release.id).lang,
    author: release.data.attribution,
    title: release.data.headline,
    publisher: release.data.issuer,
    place: release.data.meeting.place,
    published: release.data.published,
  };
}

/** The first words of a text, at most `length` characters, cut between words and never inside one. */
export function openingWords(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length + 1);
  const end = cut.lastIndexOf(' ');
  return `${(end > 0 ? cut.slice(0, end) : cut.slice(0, length)).replace(/[\s,;:]+$/u, '')}…`;
}
