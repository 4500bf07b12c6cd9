import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { bodyLine } from '../../integrations/release-loader.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readPublishedText } from '../text/published-text.ts';
import { releaseModel, topicsByRelease, type ReleaseModel } from '../text/release-model.ts';
import { searchFilterValues } from '../search/search.ts';

/** A checked release with its topics, ready for pages. */
export type Release = ReleaseModel<CollectionEntry<'releases'>, CollectionEntry<'topics'>>;

let releases: Promise<Release[]> | undefined;

const failed = new Map<string, unknown>();

/**
 * In development, what stopped each release whose checks failed, by release id. Such a release is
 * left out of the site, and its pages (and the home page) show the problem, naming the content file
 * and line, while every other page keeps working. A build stops at once instead.
 */
export function failedReleases(): ReadonlyMap<string, unknown> {
  return failed;
}

/** `check()`, or in development, undefined when it fails, keeping what stopped it for `release`. */
export function checkedInDev<T>(release: string, check: () => T): T | undefined {
  try {
    return check();
  } catch (error) {
    if (!import.meta.env.DEV) throw error;
    failed.set(release, error);
    return undefined;
  }
}

async function loadReleases(): Promise<Release[]> {
  const [releaseEntries, topicEntries] = await Promise.all([getCollection('releases'), getCollection('topics')]);
  const grouped = topicsByRelease(
    releaseEntries.map((entry) => entry.id),
    topicEntries,
  );
  failed.clear();
  const models = releaseEntries.flatMap((entry) => {
    const model = checkedInDev(entry.id, () => {
      if (!entry.filePath) throw new Error(`release ${entry.id}: no file path`);
      const { published, source } = readPublishedText(dirname(entry.filePath));
      // Each body's first line in its file, so that a message names the file's line.
      const withLine = <E extends { filePath?: string | undefined; body?: string | undefined }>(one: E) =>
        one.filePath === undefined || one.body === undefined
          ? one
          : { ...one, bodyLine: bodyLine(readFileSync(one.filePath, 'utf8'), one.body) };
      return releaseModel(withLine(entry), (grouped.get(entry.id) ?? []).map(withLine), published, source);
    });
    return model ? [model] : [];
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
