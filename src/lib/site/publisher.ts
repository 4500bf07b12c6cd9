import { formatDate } from '../text/dates.ts';
import { DEFAULT_LANGUAGE, type InterfaceLanguage } from '../i18n/languages.ts';
import { messages } from '../i18n/catalogue.ts';

/** Who publishes this copy of the releases, and how to reach them: set when the site is built. */
export interface Publisher {
  /** The publisher's name, as sentences use it ("This copy is published by …"). */
  name: string;
  /** Where to report a discrepancy: a `mailto:` or `https:` address, if the publisher gives one. */
  contact: string | undefined;
}

/** Said when `SITE_PUBLISHER` is not set: neutral, and never a claim to be the Office. */
export const DEFAULT_PUBLISHER = "an independent publisher, not the General Prosecutor's Office";

/** The publisher named where none is configured, in each language the site speaks. */
const DEFAULT_PUBLISHERS: Readonly<Record<InterfaceLanguage, string>> = {
  en: DEFAULT_PUBLISHER,
  ru: 'независимый издатель, а не Генеральная прокуратура',
  kk: 'Бас прокуратура емес, тәуелсіз баспагер',
};

/**
 * The publisher from the environment: `SITE_PUBLISHER` (a name) and `SITE_CONTACT` (a `mailto:`
 * or `https:` address). A contact that is neither stops the build, naming the variable.
 */
export function sitePublisher(
  env: Record<string, string | undefined> = process.env,
  lang: InterfaceLanguage = DEFAULT_LANGUAGE,
): Publisher {
  const name = env['SITE_PUBLISHER']?.trim();
  const contact = env['SITE_CONTACT']?.trim();
  if (contact && !/^(?:mailto:[^\s@]+@[^\s@]+|https?:\/\/\S+)$/u.test(contact)) {
    throw new Error(`SITE_CONTACT: "${contact}" is neither a mailto: nor an http(s) address`);
  }
  return { name: name || DEFAULT_PUBLISHERS[lang], contact: contact || undefined };
}

/** What a release's provenance is told from: its attribution, its date and its original page. */
export interface ProvenanceRelease {
  attribution: string;
  published: Date;
  source?: { url: string } | undefined;
}

/**
 * Where a release's official text comes from and who made this copy: the two things every page,
 * the PDF, the citations and the open data say, in the same words. `copy` is this copy's address,
 * when the site's address is known; a file that leaves the site never carries a bare path.
 */
export interface ReleaseProvenance {
  /** Who wrote the text: the attribution that closes it. */
  author: string;
  /** The original page, where recorded, and the day the text was first published there. */
  original: { url: string | undefined; published: Date };
  /** Who publishes this copy, and where, when the address is known. */
  copy: { publisher: string; url: string | undefined };
}

/** A release's provenance, with this copy's publisher and (when known) its absolute address. */
export function provenanceOf(release: ProvenanceRelease, publisher: Publisher, copyUrl?: string): ReleaseProvenance {
  return {
    author: release.attribution,
    original: { url: release.source?.url, published: release.published },
    copy: { publisher: publisher.name, url: copyUrl },
  };
}

/** "Text by …, first published at … on 28 January 2019." as plain text, in `lang`. */
export function originalSentence(provenance: ReleaseProvenance, lang: InterfaceLanguage = DEFAULT_LANGUAGE): string {
  const { author, original } = provenance;
  const words = messages(lang).provenance;
  const where = original.url ? `${words.at}${original.url}` : '';
  const unknown = original.url ? '' : words.noAddress;
  return `${words.textBy(author)}${where}${words.on(formatDate(original.published, lang))}${unknown}${words.end}`;
}

/**
 * "This copy by …, at …." as plain text: the copy's address only where it is known. A file that
 * leaves the site (`inFile`) says why an unknown address is left out.
 */
export function copySentence(
  provenance: Pick<ReleaseProvenance, 'copy'>,
  { inFile = false, lang = DEFAULT_LANGUAGE }: { inFile?: boolean; lang?: InterfaceLanguage } = {},
): string {
  const { copy } = provenance;
  const words = messages(lang).provenance;
  const where = copy.url ? `${words.copyAt}${copy.url}` : inFile ? ` (${NO_COPY_ADDRESS})` : '';
  // The catalogue's words continue a sentence (". This copy by …"): here they start one.
  return `${words.copyBy(copy.publisher).replace(/^\.\s*/u, '')}${where}${words.end}`;
}

/** Said in a file that leaves the site when this copy's address is not known. */
export const NO_COPY_ADDRESS = "this copy's address is left out: the site was built without SITE_URL";
