// The copy buttons' words for CiteThis.astro's script. The script bundles English only: a page in
// another language carries its words in the element's `data-words` (wordsAttribute), so that no
// page's first load pays for the words of languages it does not speak. English is kept here as
// templates (`{0}`, `{1}` where the values go), the form a page carries, so that the script reads
// one form; the catalogue's `cite` is made from them.
import type { Templates } from './templates.ts';
import type { Messages } from '../catalogue.ts';

/** The copy buttons' words in English, as templates. */
export const CITE = {
  /** The locale the day a citation is read is written in. */
  locale: 'en-GB',
  copy: 'Copy',
  /** `{0}`: what the button copies (`the citation of paragraph 20`). */
  copyWhat: 'Copy {0}',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the text instead',
  /** A citation as copied (`{0}`), with the day it was read (`{1}`). */
  accessed: '{0} (accessed {1}).',
};

/**
 * The copy buttons' words on a page: those the element carries, or English on a page in English.
 * A page in another language without them is a mistake, never shown in English.
 */
export function citeWords(element: HTMLElement): Templates<Messages['cite']> {
  const carried = element.dataset['words'];
  if (carried) return JSON.parse(carried) as Templates<Messages['cite']>;
  // Kept to a few bytes, as it runs on the first load: the error names the page's lang.
  if (document.documentElement.lang !== 'en') throw new Error(document.documentElement.lang);
  return CITE;
}
