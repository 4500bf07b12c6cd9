/** A BCP 47 language tag as releases use it: a language, and optionally its script and region. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?$/u;

import { messages } from '../i18n/catalogue.ts';
import { DEFAULT_LANGUAGE, type InterfaceLanguage } from '../i18n/languages.ts';

const names = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

/** A language's name in English (`kk` → "Kazakh"), or undefined when the tag names none. */
export function languageName(tag: string): string | undefined {
  if (!LANGUAGE_TAG.test(tag)) return undefined;
  // Codes that name no language (undetermined, several, none, uncoded) and regions that name no
  // place (ZZ, and the ranges kept for private use) are not a version's language.
  const [language = '', ...rest] = tag.split('-');
  const region = rest.find((part) => /^[A-Z]{2}$/u.test(part));
  if (['und', 'mul', 'zxx', 'mis'].includes(language) || language.startsWith('q')) return undefined;
  if (region && /^(?:ZZ|AA|Q[M-Z]|X[A-Z])$/u.test(region)) return undefined;
  try {
    return names.of(tag);
  } catch {
    return undefined;
  }
}

/** The language versions of a release: which the Office published, and which is reproduced here. */
export interface ReleaseVersions {
  /** The languages of the versions this site reproduces, in the order the Office's are listed. */
  reproduced: readonly string[];
  /** Every language the Office published the release in, the reproduced one among them. */
  published: readonly string[];
  /** The version the Office names as the original, where it names one. */
  original?: string | undefined;
}

/**
 * What a reader is told of a release's language versions, in `lang`: which the Office published,
 * which one is reproduced here, and which it names as the original where it does. The Office's
 * languages are named as the catalogue names them; another, as the runtime's locale data do.
 */
export function versionsSentence(
  { reproduced, published, original }: ReleaseVersions,
  lang: InterfaceLanguage = DEFAULT_LANGUAGE,
): string {
  const words = messages(lang).versions;
  const other = new Intl.DisplayNames(lang, { type: 'language', fallback: 'none' });
  const name = (tag: string): string =>
    (tag in words.names ? words.names[tag as InterfaceLanguage] : undefined) ??
    (languageName(tag) === undefined ? undefined : other.of(tag)) ??
    tag;
  const list = (tags: readonly string[]): string => {
    const all = tags.map(name);
    const last = all.pop();
    return all.length === 0 ? (last ?? '') : `${all.join(', ')}${words.and}${last ?? ''}`;
  };
  const [one] = reproduced;
  const first =
    published.length === 1 && one !== undefined
      ? words.only(name(one))
      : reproduced.length === 1 && one !== undefined
        ? words.several(list(published), name(one))
        : words.severalReproduced(list(published), list(reproduced));
  return original === undefined ? first : `${first}${words.original(name(original))}`;
}

/** A language's name in that language, as a language switcher offers it: `ru` → "Русский". */
export function ownLanguageName(tag: string): string {
  const name = new Intl.DisplayNames(tag, { type: 'language', fallback: 'none' }).of(tag);
  if (name === undefined) throw new Error(`${tag}: this runtime has no name for the language in itself`);
  return `${name.charAt(0).toLocaleUpperCase(tag)}${name.slice(1)}`;
}

/** The `og:locale` of a page in a language (`ru` → `ru_RU`), as Open Graph writes locales. */
export function openGraphLocale(tag: string): string {
  const region: Record<string, string> = { en: 'GB', ru: 'RU', kk: 'KZ' };
  return `${tag}_${region[tag] ?? tag.toUpperCase()}`;
}
