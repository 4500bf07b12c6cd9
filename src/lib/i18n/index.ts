// The interface's languages and their message catalogues: one import for components and pages.
export {
  DATE_LOCALES,
  DEFAULT_LANGUAGE,
  INTERFACE_LANGUAGES,
  interfaceLanguage,
  type InterfaceLanguage,
} from './languages.ts';
export { messages, wordsAttribute, type Catalogue, type Messages } from './catalogue.ts';
// For components and pages only: it reads the site's base path, which Astro gives.
export { pageLanguage } from './page-language.ts';
