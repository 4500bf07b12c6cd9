import { OVERVIEW_LABEL } from '../site/site-metadata.ts';

/** The values of the search's topic filter: the overview, then every topic label once, alphabetically. */
export function searchFilterValues(releases: readonly { topics: readonly { data: { label: string } }[] }[]): string[] {
  // In alphabetical order, which a reader can scan, and which adding a release does not reshuffle:
  // every page shows the filter, so its order must not depend on which release is newest.
  const labels = releases.flatMap((release) => release.topics.map((topic) => topic.data.label));
  return [OVERVIEW_LABEL, ...[...new Set(labels)].sort((a, b) => a.localeCompare(b, 'en'))];
}

/** A run of excerpt text, highlighted or not. */
export interface Segment {
  text: string;
  mark: boolean;
}
