// The theme control's words in each language, for ThemeToggle.astro and its script: a module of its
// own, so that the script bundles these words and no others.
// English is the source; Russian and Kazakh are typed against it (a missing or extra key does not
// type-check) and checked by tests/unit/messages.test.ts.
// AWAITING REVIEW: the Russian and Kazakh words were written without a fluent speaker's reading; to
// be reviewed by one before Russian or Kazakh pages are published.
import type { Catalogue } from '../catalogue.ts';
import type { InterfaceLanguage } from '../languages.ts';

const en = {
  /** The name of each choice, as the control says it. */
  choices: { system: 'system', light: 'light', dark: 'dark' },
  label: (choice: string) => `Theme: ${choice}`,
  action: (choice: string) => `Theme: ${choice}. Change theme`,
};

/** The theme control's words in one language. */
export type ThemeWords = Catalogue<typeof en>;

const ru: ThemeWords = {
  choices: { system: 'системная', light: 'светлая', dark: 'тёмная' },
  label: (choice) => `Тема: ${choice}`,
  action: (choice) => `Тема: ${choice}. Сменить тему`,
};

const kk: ThemeWords = {
  choices: { system: 'жүйелік', light: 'ашық', dark: 'қараңғы' },
  label: (choice) => `Түс режимі: ${choice}`,
  action: (choice) => `Түс режимі: ${choice}. Режимді ауыстыру`,
};

/** The theme control's words, by language. */
export const WORDS: Readonly<Record<InterfaceLanguage, ThemeWords>> = { en, ru, kk };

/**
 * The words for a page whose `<html lang>` is `tag`: English where it names none. Not languages.ts's
 * `interfaceLanguage`: a module that two page scripts share becomes a chunk of its own, one more
 * request on the first load.
 */
export function themeWords(tag: string | undefined): ThemeWords {
  const words = tag ? WORDS[tag as InterfaceLanguage] : WORDS.en;
  if (!words) throw new Error(`i18n: the interface does not speak "${tag ?? ''}"`);
  return words;
}
