import { messages } from '../i18n/catalogue.ts';
import { DEFAULT_LANGUAGE, type InterfaceLanguage } from '../i18n/languages.ts';

/**
 * The values of the search's topic filter in a language's index: the overview (named in that
 * language), then every topic label once, alphabetically.
 */
export function searchFilterValues(
  releases: readonly { topics: readonly { data: { label: string } }[] }[],
  lang: InterfaceLanguage = DEFAULT_LANGUAGE,
): string[] {
  // In alphabetical order, which a reader can scan, and which adding a release does not reshuffle:
  // every page shows the filter, so its order must not depend on which release is newest.
  const labels = releases.flatMap((release) => release.topics.map((topic) => topic.data.label));
  return [messages(lang).site.overview, ...[...new Set(labels)].sort((a, b) => a.localeCompare(b, lang))];
}

/** A run of excerpt text, highlighted or not. */
export interface Segment {
  text: string;
  mark: boolean;
}
