import { currentLanguage } from '../site/site-path.ts';
import type { InterfaceLanguage } from './languages.ts';

/**
 * The language a page speaks: the first segment of its address (`/ru/…`), none for English. Not
 * `Astro.currentLocale`, which takes any segment that names a language for the page's (the
 * side-by-side page `releases/<release>/parallel/ru/` is English): see `pathLanguage`.
 */
export function pageLanguage(astro: { url: URL }): InterfaceLanguage {
  return currentLanguage(astro.url);
}
