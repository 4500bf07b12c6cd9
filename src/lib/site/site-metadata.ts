import { messages } from '../i18n/catalogue.ts';
import { type InterfaceLanguage } from '../i18n/languages.ts';

// The site's names, in English, for what has no page language: the feed, downloads, social cards.
// Pages take them from the catalogue in their own language (src/lib/i18n).
const { site } = messages('en');

/** The site's name, shown in the header and in page titles. */
export const SITE_NAME = site.name;

/** The site's name at the end of every page title (but the home page's, which is the name itself). */
export const SITE_TITLE_SUFFIX = site.titleSuffix;

/**
 * A page's `<title>` in `lang`: what the page is, then the site, always in that form so that tabs
 * and bookmarks read alike: `Key figures, 28 January 2019 | Releases, verbatim`.
 */
export function documentTitle(title: string, lang: InterfaceLanguage): string {
  return `${title} | ${messages(lang).site.titleSuffix}`;
}
