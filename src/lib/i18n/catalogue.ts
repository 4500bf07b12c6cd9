import { en } from './messages/en.ts';
import { ru } from './messages/ru.ts';
import { kk } from './messages/kk.ts';
import { DEFAULT_LANGUAGE, type InterfaceLanguage } from './languages.ts';
import { templates } from './client/templates.ts';

/**
 * The shape every language's catalogue has: English's keys, each a string or a function of the
 * same arguments returning a string. A catalogue annotated with it fails to type-check when it
 * lacks a key of English's or has one English lacks.
 */
export type Catalogue<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : Catalogue<T[K]>;
};

/** The interface's words in one language. */
export type Messages = Catalogue<typeof en>;

const CATALOGUES: Readonly<Record<InterfaceLanguage, Messages>> = { en, ru, kk };

/** The interface's words in `lang`: every message, none falling back to English. */
export function messages(lang: InterfaceLanguage): Messages {
  return CATALOGUES[lang];
}

/**
 * The words a client script needs, for its element's `data-words`: written out as templates
 * (client/templates.ts) on a page not in English, nothing on a page in English, whose script
 * bundles them. So the browser is sent only the page's language's words, and an English page's
 * HTML is as it was.
 */
export function wordsAttribute(lang: InterfaceLanguage, part: 'theme' | 'cite'): string | undefined {
  return lang === DEFAULT_LANGUAGE ? undefined : JSON.stringify(templates(messages(lang)[part]));
}
