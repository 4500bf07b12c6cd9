// The word rules of each language the site is written in: the one place that names them. English
// comes with the search; Russian and Kazakh are fetched only by pages in those languages.
import { englishRules, type WordRules } from './search-query.ts';

/**
 * The word rules of a language, as `<html lang>` names it (`en`, `ru`, `kk`, or a tag beginning
 * with one of them: `en-GB`). A language without rules is an error, not English in silence.
 */
export async function wordRules(lang: string): Promise<WordRules> {
  switch (lang.toLowerCase().split('-')[0]) {
    case 'en':
      return englishRules;
    case 'ru':
      return (await import('./search-russian.ts')).russianRules;
    case 'kk':
      return (await import('./search-kazakh.ts')).kazakhRules;
    default:
      throw new Error(`search: no word rules for the language "${lang}"`);
  }
}
