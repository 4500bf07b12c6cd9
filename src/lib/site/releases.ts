// The site's one release loader: every release read from the content collections and checked once
// per build (against its published text, its data against the text, across releases), handed to
// pages as a typed model with its data and the key of everything its pages are made from.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { bodyLine } from '../../integrations/release-loader.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readPublishedText } from '../text/published-text.ts';
import { releaseModel, topicsByRelease, type ReleaseModel } from '../text/release-model.ts';
import { searchFilterValues } from '../search/search.ts';
import type { ReleaseDataInput } from '../data/release-data-check.ts';
import type { DataEntry } from '../data/release-data.ts';
import { throwProblems } from '../check/content-error.ts';
import { checkedData, lookAlikeLabels, sameReleaseTwice } from '../check/release-checks.ts';
import { inputsDigest } from '../cache/drawing-cache.ts';
import { siteInputs } from './site-inputs.ts';
import { releasePublishedFile } from '../downloads/release-downloads.ts';
import { dataKinds, type DataKind, type ReleaseData } from '../data/kinds/index.ts';
import { glyphProblems } from '../fonts/glyph-check.ts';
import { loadSerifFonts } from '../fonts/serif-fonts.ts';

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

/** A release with its data, checked against its official text. */
export interface ReleaseWithData {
  model: Release;
  data: ReleaseData;
  /**
   * A digest of everything the release's pages and files are made from: its entries as read
   * (frontmatter and body), its data as read, its published text file, what every page shows of
   * the whole site (the search's topic filter), and siteInputs (the project's source, the
   * publisher, the runtime). Astro adds the code each page imports, the config and the lock file
   * (see `incrementalBuild` in `astro.config.mjs`).
   */
  key: string;
}

/** A collection's entries of one release, as the checks read them. */
function entriesOf<D>(
  entries: readonly { id: string; filePath?: string | undefined; data: D }[],
  releaseId: string,
): DataEntry<D>[] {
  const prefix = `${releaseId}/`;
  return entries
    .filter((entry) => entry.id.startsWith(prefix))
    .map((entry) => ({ id: entry.id.slice(prefix.length), file: entry.filePath ?? entry.id, data: entry.data }));
}

let all: Promise<Map<string, ReleaseWithData>> | undefined;

/** A content entry as read from its file: what a key of the pages made from it holds. */
function asRead({ id, data, body }: { id: string; data: unknown; body?: string | undefined }) {
  return { id, data, body };
}

async function load(): Promise<Map<string, ReleaseWithData>> {
  const [releases, collections, filterValues, fonts] = await Promise.all([
    getReleases(),
    Promise.all(dataKinds.map(async (kind) => [kind.id, await getCollection(kind.id)] as const)),
    getSearchFilterValues(),
    loadSerifFonts(),
  ]);
  const site = siteInputs();
  throwProblems([...sameReleaseTwice(releases), ...lookAlikeLabels(releases)]);
  // A release that failed its checks in development still owns its data.
  const known = new Set([...releases.map((model) => model.entry.id), ...failedReleases().keys()]);
  for (const [, entries] of collections) {
    for (const entry of entries) {
      const releaseId = entry.id.slice(0, entry.id.indexOf('/'));
      if (!known.has(releaseId))
        throw new Error(`${entry.filePath ?? entry.id}: the folder ${releaseId} holds no release (index.mdx)`);
    }
  }
  const checked = await Promise.all(
    releases.map(async (model) => {
      const id = model.entry.id;
      // Each collection was read by its kind's schema, so its entries are that kind's input.
      const input = Object.fromEntries(
        collections.map(([kind, entries]) => [kind, entriesOf<unknown>(entries, id)]),
      ) as ReleaseDataInput;
      const data = checkedInDev(id, () => {
        // A character the PDF or a card cannot draw stops the build here, before any is drawn.
        throwProblems(glyphProblems(model, fonts));
        return checkedData(model, input);
      });
      if (!data) return [];
      const key = inputsDigest({
        release: asRead(model.entry),
        topics: model.topics.map(asRead),
        data: Object.entries(input).map(([kind, entries]) => [kind, entries.map(({ id, data }) => ({ id, data }))]),
        publishedText: (await releasePublishedFile(model)).sha256,
        filterValues,
        site,
      });
      return [[id, { model, data, key }] as const];
    }),
  );
  return new Map(checked.flat());
}

/**
 * Every release with its data, every kind of it, checked against the official
 * text once per build. The build stops, naming each datum at fault, when the data and text disagree.
 */
export function getReleasesWithData(): Promise<Map<string, ReleaseWithData>> {
  all ??= load();
  return all;
}

/** One release with its data; fails on an unknown release id. */
export async function getReleaseWithData(releaseId: string): Promise<ReleaseWithData> {
  const found = (await getReleasesWithData()).get(releaseId);
  if (!found) throw new Error(`no release ${releaseId}`);
  return found;
}

/** Static paths with one page (or file) per release, given props, keyed for incremental builds. */
async function pathsPerRelease<P>(
  props: (entry: ReleaseWithData) => P,
): Promise<{ params: { release: string }; props: P; cacheKey: string }[]> {
  return [...(await getReleasesWithData()).values()].map((entry) => ({
    params: { release: entry.model.entry.id },
    props: props(entry),
    cacheKey: entry.key,
  }));
}

/**
 * Static paths for a page per release, with the release and its data as props; given a kind,
 * only for the releases that have data of that kind.
 */
export async function releaseDataPaths(kind?: DataKind): ReturnType<typeof pathsPerRelease<ReleaseWithData>> {
  const paths = await pathsPerRelease((entry) => entry);
  return kind === undefined ? paths : paths.filter(({ props }) => props.data[kind].length > 0);
}

/** Static paths for a route with one page (or file) per release, the checked release as props. */
export function perReleasePaths(): ReturnType<typeof pathsPerRelease<{ model: Release }>> {
  return pathsPerRelease(({ model }) => ({ model }));
}
