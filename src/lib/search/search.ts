import { OVERVIEW_LABEL } from '../site/site-metadata';

/** The values of the search's topic filter: the overview, then every topic label once, in order. */
export function searchFilterValues(releases: readonly { topics: readonly { data: { label: string } }[] }[]): string[] {
  const labels = releases.flatMap((release) => release.topics.map((topic) => topic.data.label));
  return [OVERVIEW_LABEL, ...new Set(labels)];
}

/** A run of excerpt text, highlighted or not. */
export interface Segment {
  text: string;
  mark: boolean;
}
