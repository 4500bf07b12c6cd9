// The words of citations' copy buttons in each language, for CiteThis.astro's script: a module of
// its own, so that the script bundles these words and no others.
// English is the source; Russian and Kazakh are typed against it (a missing or extra key does not
// type-check) and checked by tests/unit/messages.test.ts.
// AWAITING REVIEW: the Russian and Kazakh words were written without a fluent speaker's reading; to
// be reviewed by one before Russian or Kazakh pages are published.
import type { Catalogue } from '../catalogue.ts';
import type { InterfaceLanguage } from '../languages.ts';

const en = {
  /** The locale the day a citation is read is written in. */
  locale: 'en-GB',
  copy: 'Copy',
  copyWhat: (what: string) => `Copy ${what}`,
  copied: 'Copied',
  copyFailed: 'Could not copy: select the text instead',
  /** A citation as copied, with the day it was read. */
  accessed: (citation: string, day: string) => `${citation} (accessed ${day}).`,
};

/** The copy buttons' words in one language. */
export type CiteWords = Catalogue<typeof en>;

const ru: CiteWords = {
  locale: 'ru-RU',
  copy: 'Копировать',
  copyWhat: (what) => `Копировать ${what}`,
  copied: 'Скопировано',
  copyFailed: 'Не удалось скопировать: выделите текст вручную',
  accessed: (citation, day) => `${citation} (дата обращения: ${day}).`,
};

const kk: CiteWords = {
  locale: 'kk-KZ',
  copy: 'Көшіру',
  copyWhat: (what) => `${what.charAt(0).toUpperCase()}${what.slice(1)} көшіру`,
  copied: 'Көшірілді',
  copyFailed: 'Көшіру мүмкін болмады: мәтінді өзіңіз белгілеңіз',
  accessed: (citation, day) => `${citation} (қаралған күні: ${day}).`,
};

/** The copy buttons' words, by language. */
export const WORDS: Readonly<Record<InterfaceLanguage, CiteWords>> = { en, ru, kk };

/**
 * The words for a page whose `<html lang>` is `tag`: English where it names none. Not languages.ts's
 * `interfaceLanguage`: a module that two page scripts share becomes a chunk of its own, one more
 * request on the first load.
 */
export function citeWords(tag: string | undefined): CiteWords {
  const words = tag ? WORDS[tag as InterfaceLanguage] : WORDS.en;
  if (!words) throw new Error(`i18n: the interface does not speak "${tag ?? ''}"`);
  return words;
}
