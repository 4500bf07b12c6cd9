// The word rules of each language the site is written in: the one place that names them. English
// comes with the search; Russian is fetched only by pages in Russian.
import { englishRules, type WordRules } from './search-query.ts';

/**
 * The word rules of a language, as `<html lang>` names it (`en`, `ru`, or a tag beginning with
 * one of them: `en-GB`). A language without rules is an error, not English in silence.
 */
export async function wordRules(lang: string): Promise<WordRules> {
  switch (lang.toLowerCase().split('-')[0]) {
    case 'en':
      return englishRules;
    case 'ru':
      return (await import('./search-russian.ts')).russianRules;
    default:
      throw new Error(`search: no word rules for the language "${lang}"`);
  }
}
