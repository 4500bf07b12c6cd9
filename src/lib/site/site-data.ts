import { dirname } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readPublishedText } from '../text/published-text.ts';
import { releaseModel, topicsByRelease, type ReleaseModel } from '../text/release-model.ts';
import { searchFilterValues } from '../search/search.ts';

/** A checked release with its topics, ready for pages. */
export type Release = ReleaseModel<CollectionEntry<'releases'>, CollectionEntry<'topics'>>;

let releases: Promise<Release[]> | undefined;

async function loadReleases(): Promise<Release[]> {
  const [releaseEntries, topicEntries] = await Promise.all([getCollection('releases'), getCollection('topics')]);
  const grouped = topicsByRelease(
    releaseEntries.map((entry) => entry.id),
    topicEntries,
  );
  const models = releaseEntries.map((entry) => {
    if (!entry.filePath) throw new Error(`release ${entry.id}: no file path`);
    const { published } = readPublishedText(dirname(entry.filePath));
    return releaseModel(entry, grouped.get(entry.id) ?? [], published);
  });
  return models.sort((a, b) => b.entry.data.published.getTime() - a.entry.data.published.getTime());
}

/**
 * Every release, newest first, checked against its published text. Loaded and checked once per
 * build, however many pages ask.
 */
export function getReleases(): Promise<Release[]> {
  releases ??= loadReleases();
  return releases;
}

let filterValues: Promise<string[]> | undefined;

/** The search's topic filter values, worked out once per build, however many pages ask. */
export function getSearchFilterValues(): Promise<string[]> {
  // Every page shows the filter: collected on each page, it would cost every page time in
  // proportion to the whole site.
  filterValues ??= getReleases().then(searchFilterValues);
  return filterValues;
}
