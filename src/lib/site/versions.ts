/**
 * The language versions of a release, as the site addresses them. A release folder holds its first
 * captured version, and may hold a folder per further version named by its language (`ru/`,
 * `kk/`). Each version is read and checked on its own, under an id that says its language: the
 * release folder's name for an English version, `<release>/<language>` for any other, so that the
 * id alone gives a version's address (`/releases/<release>/`, `/ru/releases/<release>/`).
 */

import {
  DEFAULT_LANGUAGE as INTERFACE_DEFAULT,
  INTERFACE_LANGUAGES,
  isInterfaceLanguage,
  type InterfaceLanguage,
} from '../i18n/languages.ts';

/**
 * The languages a version may be in: those the site's interface speaks (src/lib/i18n/), so that
 * every page of a version speaks its language.
 */
export const SITE_LANGUAGES = INTERFACE_LANGUAGES;

/** A language the site's interface speaks. */
export type SiteLanguage = InterfaceLanguage;

/** The language of the pages whose addresses have no language segment. */
export const DEFAULT_LANGUAGE: SiteLanguage = INTERFACE_DEFAULT;

/** Whether a tag is one of the site's languages. */
export const isSiteLanguage: (tag: string) => tag is SiteLanguage = isInterfaceLanguage;

/** The id of a release's version in a language. */
export function versionId(release: string, lang: SiteLanguage): string {
  return lang === DEFAULT_LANGUAGE ? release : `${release}/${lang}`;
}

/** The release folder and language of a version's id. */
export function versionOf(id: string): { release: string; lang: SiteLanguage } {
  const slash = id.indexOf('/');
  if (slash < 0) return { release: id, lang: DEFAULT_LANGUAGE };
  const lang = id.slice(slash + 1);
  if (!isSiteLanguage(lang) || lang === DEFAULT_LANGUAGE) throw new Error(`${id}: not the id of a release's version`);
  return { release: id.slice(0, slash), lang };
}

/** The address segment of a language: none for the default language. */
export function languageSegment(lang: SiteLanguage): string | undefined {
  return lang === DEFAULT_LANGUAGE ? undefined : lang;
}

/** The address parameters of a language: its segment, none for the default language. */
export function languageParams(lang: SiteLanguage = DEFAULT_LANGUAGE): { lang: string | undefined } {
  return { lang: languageSegment(lang) };
}

/** The address parameters of a version's pages: its language's segment and the release folder. */
export function versionParams(id: string): { lang: string | undefined; release: string } {
  const { release, lang } = versionOf(id);
  return { ...languageParams(lang), release };
}

/**
 * The language of a page's language parameter (none: the default language). Not from
 * `Astro.currentLocale`, which takes any segment or parameter of the address that names a locale
 * for the page's (the other version's, `ru`, in `releases/<release>/parallel/ru/`): see `pathLanguage`.
 */
export function segmentLanguage(segment: string | undefined): SiteLanguage {
  if (segment === undefined) return DEFAULT_LANGUAGE;
  if (!isSiteLanguage(segment)) throw new Error(`${segment}: not a language the site speaks`);
  return segment;
}

/**
 * A page's language, from its site path (no leading slash, under the base path): the language
 * segment it starts with, as every page in another language than the default has; else the
 * default language. A later segment that names a language does not count.
 */
export function pathLanguage(path: string): SiteLanguage {
  const first = path.split('/', 1)[0] ?? '';
  return isSiteLanguage(first) ? first : DEFAULT_LANGUAGE;
}

/**
 * A version's name in files that leave the site (a data package's name, a citation key), which
 * hold no slash: the release folder's name, `-<language>` after it for a version not in English.
 */
export function versionName(id: string): string {
  const { release, lang } = versionOf(id);
  return lang === DEFAULT_LANGUAGE ? release : `${release}-${lang}`;
}

/** Orders languages as the site lists them (English, Russian, Kazakh), for a sort. */
export function byLanguage(a: SiteLanguage, b: SiteLanguage): number {
  return SITE_LANGUAGES.indexOf(a) - SITE_LANGUAGES.indexOf(b);
}
