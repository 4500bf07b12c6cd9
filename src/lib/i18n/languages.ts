/** The languages the interface speaks: English (the source of every message), Russian and Kazakh. */
export const INTERFACE_LANGUAGES = ['en', 'ru', 'kk'] as const;

/** A language the interface speaks. */
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** The language of a page that names none (Astro's default locale, served without a prefix). */
export const DEFAULT_LANGUAGE: InterfaceLanguage = 'en';

/**
 * The locale dates and numbers are written in, per language: British English as the site has
 * always written them (`28 January 2019`), Russian and Kazakh as written in Kazakhstan.
 */
export const DATE_LOCALES: Readonly<Record<InterfaceLanguage, string>> = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

/** Whether a tag is one of the interface's languages. */
export function isInterfaceLanguage(tag: string): tag is InterfaceLanguage {
  return (INTERFACE_LANGUAGES as readonly string[]).includes(tag);
}

/**
 * The interface language of a page from its locale tag (`Astro.currentLocale`, `<html lang>`):
 * no tag is the default language; a tag the interface does not speak is a mistake, not English.
 */
export function interfaceLanguage(tag: string | undefined): InterfaceLanguage {
  if (tag === undefined) return DEFAULT_LANGUAGE;
  if (isInterfaceLanguage(tag)) return tag;
  throw new Error(`i18n: the interface does not speak "${tag}" (it speaks ${INTERFACE_LANGUAGES.join(', ')})`);
}

/** The languages' names in a sentence's form, by tag: each of the interface's languages named. */
export type LanguageNames = Readonly<Record<string, string>> & Readonly<Record<InterfaceLanguage, string>>;
