// The theme control's words for ThemeToggle.astro's script. The script bundles English only: a
// page in another language carries its words in the button's `data-words` (wordsAttribute), so
// that no page's first load pays for the words of languages it does not speak. English is kept
// here as templates (`{0}` where the choice goes), the form a page carries, so that the script
// reads one form; the catalogue's `theme` is made from them.
import type { Templates } from './templates.ts';
import type { Messages } from '../catalogue.ts';

/** The theme control's words in English, as templates. */
export const THEME = {
  /** The name of each choice, as the control says it. */
  choices: { system: 'system', light: 'light', dark: 'dark' },
  label: 'Theme: {0}',
  action: 'Theme: {0}. Change theme',
};

/**
 * The theme control's words on a page: those its element carries, or English on a page in
 * English. A page in another language without them is a mistake, never shown in English.
 */
export function themeWords(element: HTMLElement): Templates<Messages['theme']> {
  const carried = element.dataset['words'];
  if (carried) return JSON.parse(carried) as Templates<Messages['theme']>;
  // Kept to a few bytes, as it runs on every page's first load: the error names the page's lang.
  if (document.documentElement.lang !== 'en') throw new Error(document.documentElement.lang);
  return THEME;
}
