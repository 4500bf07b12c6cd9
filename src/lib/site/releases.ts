// The site's one release loader: every release read from the content collections and checked once
// per build (against its published text, its data against the text, across releases), handed to
// pages as a typed model with its data and the key of everything its pages are made from.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { bodyLine, versionFolders } from '../../integrations/release-loader.ts';
import { contentRoot } from './content-root.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readPublishedText } from '../text/published-text.ts';
import { releaseModel, topicsByRelease, type ReleaseModel } from '../text/release-model.ts';
import { searchFilterValues } from '../search/search.ts';
import type { ReleaseDataInput } from '../data/release-data-check.ts';
import type { DataEntry } from '../data/release-data.ts';
import { ContentError, throwProblems } from '../check/content-error.ts';
import { alignParagraphs, counterpart, pairVersions, type AlignedGroup, type PairedGroup } from '../text/alignment.ts';
import {
  checkedData,
  lookAlikeLabels,
  sameReleaseTwice,
  topicMismatches,
  unpublishedVersion,
} from '../check/release-checks.ts';
import { inputsDigest } from '../cache/drawing-cache.ts';
import { siteInputs } from './site-inputs.ts';
import { releasePublishedFile } from '../downloads/release-downloads.ts';
import { dataKinds, type DataKind, type ReleaseData } from '../data/kinds/index.ts';
import { glyphProblems } from '../fonts/glyph-check.ts';
import { loadSerifFonts } from '../fonts/serif-fonts.ts';
import {
  byLanguage,
  DEFAULT_LANGUAGE,
  isSiteLanguage,
  languageParams,
  segmentLanguage,
  SITE_LANGUAGES,
  versionId,
  versionOf,
  versionParams,
  type SiteLanguage,
} from './versions.ts';
import { matchRoute, routes, topicSlug } from './routes.ts';
import type { ReleaseVersions } from '../text/languages.ts';

/**
 * A checked language version of a release with its topics, ready for pages: its entry's id is the
 * version's id (src/lib/site/versions.ts), and `version` says its release folder and language.
 */
export type Release = ReleaseModel<CollectionEntry<'releases'>, CollectionEntry<'topics'>> & {
  version: {
    release: string;
    lang: SiteLanguage;
    /** Whether it is the version in the release folder itself, the first captured: the one others align to. */
    first: boolean;
  };
};

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
  // The versions in the release folders' own files, as the loader found them.
  const firstVersions = new Set(
    versionFolders(contentRoot())
      .filter((folder) => folder.first)
      .map((folder) => folder.id),
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
      const model = releaseModel(withLine(entry), (grouped.get(entry.id) ?? []).map(withLine), published, source);
      return { ...model, version: { ...versionOf(entry.id), first: firstVersions.has(entry.id) } };
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

/** The versions in a language, newest first: what the pages in that language list. */
export async function getReleasesIn(lang: SiteLanguage): Promise<Release[]> {
  return (await getReleases()).filter((model) => model.version.lang === lang);
}

/**
 * The languages the site has pages in: those of the releases' versions, the default language
 * first. A language no version is in has no home, about or search page.
 */
export async function siteLanguages(): Promise<SiteLanguage[]> {
  const found = new Set((await getReleases()).map((model) => model.version.lang));
  return SITE_LANGUAGES.filter((lang) => found.has(lang) || (lang === DEFAULT_LANGUAGE && found.size === 0));
}

/** Static paths for a page in each language the site has pages in. */
export async function languagePaths(): Promise<{ params: { lang: string | undefined } }[]> {
  return (await siteLanguages()).map((lang) => ({ params: languageParams(lang) }));
}

const filterValues = new Map<SiteLanguage, Promise<string[]>>();

/**
 * The search's topic filter values in a language (each language has its own index), worked out
 * once per build, however many pages ask.
 */
export function getSearchFilterValues(lang: SiteLanguage): Promise<string[]> {
  // Every page shows the filter: collected on each page, it would cost every page time in
  // proportion to the whole site.
  let values = filterValues.get(lang);
  if (!values) {
    values = getReleasesIn(lang).then((releases) => searchFilterValues(releases, lang));
    filterValues.set(lang, values);
  }
  return values;
}

/** A release with its data, checked against its official text. */
export interface ReleaseWithData {
  model: Release;
  data: ReleaseData;
  /**
   * The release's language versions, this one among them: the first version first, then the
   * others in the order of the site's languages.
   */
  versions: Release[];
  /** This version's paragraphs matched to the first version's (one for one for the first itself). */
  aligned: AlignedGroup[];
  /**
   * A digest of everything the release's pages and files are made from: its entries as read
   * (frontmatter and body), its data as read, its published text file, what every page shows of
   * the whole site (the search's topic filter), and siteInputs (the project's source, the
   * publisher, the runtime). Astro adds the code each page imports, the config and the lock file
   * (see `incrementalBuild` in `astro.config.mjs`).
   */
  key: string;
}

/** Where an entry came from, for messages. */
const fileOfEntry = (entry: { id: string; filePath?: string | undefined }): string => entry.filePath ?? entry.id;

/** A collection's entries of one release, as the checks read them. */
function entriesOf<D>(
  entries: readonly { id: string; filePath?: string | undefined; data: D }[],
  releaseId: string,
): DataEntry<D>[] {
  const prefix = `${releaseId}/`;
  return entries
    .filter((entry) => entry.id.startsWith(prefix) && !entry.id.slice(prefix.length).includes('/'))
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
    Promise.all(SITE_LANGUAGES.map((lang) => getSearchFilterValues(lang))),
    loadSerifFonts(),
  ]);
  const site = siteInputs();
  throwProblems([...sameReleaseTwice(releases), ...lookAlikeLabels(releases)]);
  // A release that failed its checks in development still owns its data.
  const known = new Set([...releases.map((model) => model.entry.id), ...failedReleases().keys()]);
  for (const [, entries] of collections) {
    for (const entry of entries) {
      const releaseId = entry.id.slice(0, entry.id.lastIndexOf('/'));
      if (!known.has(releaseId))
        throw new Error(`${entry.filePath ?? entry.id}: the folder ${releaseId} holds no release (index.mdx)`);
    }
  }
  // The versions of each release, and each one's paragraphs matched to the first version's.
  const versionsOf = new Map<string, Release[]>();
  for (const model of releases)
    versionsOf.set(model.version.release, [...(versionsOf.get(model.version.release) ?? []), model]);
  for (const versions of versionsOf.values()) {
    versions.sort(
      (a, b) => Number(b.version.first) - Number(a.version.first) || byLanguage(a.version.lang, b.version.lang),
    );
  }
  const alignedOf = (model: Release): AlignedGroup[] | undefined =>
    checkedInDev(model.entry.id, () => {
      const first = versionsOf.get(model.version.release)?.find((version) => version.version.first);
      const count = model.published.paragraphs.length;
      if (!first) {
        throw new ContentError(
          fileOfEntry(model.entry),
          '',
          `is a further version of ${model.version.release}, whose own folder holds no version to match it to`,
        );
      }
      const unpublished = unpublishedVersion(
        { file: fileOfEntry(first.entry), versions: first.entry.data.versions },
        { lang: model.version.lang, file: fileOfEntry(model.entry) },
      );
      if (unpublished) throw unpublished;
      const slugs = (one: Release): string[] => one.topics.map((topic) => topicSlug(topic.id));
      throwProblems(
        topicMismatches(
          { dir: dirname(fileOfEntry(first.entry)), topics: slugs(first) },
          { dir: dirname(fileOfEntry(model.entry)), topics: slugs(model) },
        ),
      );
      return alignParagraphs(
        first.published.paragraphs.length,
        count,
        model.version.first ? [] : (model.entry.data.alignment ?? []),
        fileOfEntry(model.entry),
      );
    });
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
      const aligned = alignedOf(model);
      if (!data || !aligned) return [];
      const versions = versionsOf.get(model.version.release) ?? [model];
      const key = inputsDigest({
        // Each page links its counterparts in the other versions, to the paragraph.
        versions: versions.map((version) => ({
          id: version.entry.id,
          // Every version's pages say which languages the Office published (the first version's).
          said: version.version.first ? version.entry.data.versions : undefined,
          topics: version.topics.map((topic) => topic.id),
          paragraphs: version.published.paragraphs.length,
          alignment: version.entry.data.alignment,
          kinds: Object.fromEntries(
            collections.map(([kind, entries]) => [kind, entriesOf(entries, version.entry.id).length]),
          ),
        })),
        release: asRead(model.entry),
        topics: model.topics.map(asRead),
        data: Object.entries(input).map(([kind, entries]) => [kind, entries.map(({ id, data }) => ({ id, data }))]),
        publishedText: (await releasePublishedFile(model)).sha256,
        filterValues: filterValues[SITE_LANGUAGES.indexOf(model.version.lang)],
        site,
      });
      return [[id, { model, data, key, versions, aligned }] as const];
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
): Promise<{ params: { lang: string | undefined; release: string }; props: P; cacheKey: string }[]> {
  return [...(await getReleasesWithData()).values()].map((entry) => ({
    params: versionParams(entry.model.entry.id),
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

/** Two versions of a release side by side: the page's own on the left, and their paragraphs matched. */
export type ParallelVersions = {
  left: ReleaseWithData;
  right: ReleaseWithData;
  /** The paragraphs of the left version matched to the right's, group by group, in order. */
  groups: PairedGroup[];
};

/**
 * Static paths for the pages of two versions side by side: one for each ordered pair of versions of
 * a release, in the left version's language. A release in one version has none.
 */
export async function parallelPaths(): Promise<
  { params: { lang: string | undefined; release: string; other: string }; props: ParallelVersions; cacheKey: string }[]
> {
  const all = await getReleasesWithData();
  return [...all.values()].flatMap((left) =>
    left.versions.flatMap(({ entry, version }) => {
      const right = all.get(entry.id);
      if (right === undefined || right === left) return [];
      return [
        {
          params: routes.parallel.params(left.model.entry.id, version.lang),
          props: { left, right, groups: pairVersions(left.aligned, right.aligned) },
          cacheKey: inputsDigest({ left: left.key, right: right.key }),
        },
      ];
    }),
  );
}

/** The same page in another language: its language and its site path. */
export interface Alternate {
  lang: SiteLanguage;
  path: string;
  /**
   * Where a release's page is in another version: the paragraphs of this version whose
   * counterpart there has another number, each with that number (`{ 5: 4 }`); the rest keep theirs.
   */
  paragraphs: Record<number, number>;
}

/** This version's paragraphs whose counterparts in another version have other numbers. */
function movedParagraphs(from: ReleaseWithData, to: ReleaseWithData): Record<number, number> {
  const moved: Record<number, number> = {};
  for (let n = 1; n <= from.model.published.paragraphs.length; n += 1) {
    const first = counterpart(from.aligned, n, 'here');
    const there = first === undefined ? undefined : counterpart(to.aligned, first, 'first');
    if (there !== undefined && there !== n) moved[n] = there;
  }
  return moved;
}

/**
 * The page at a site path (no leading slash, under the base path) in every language it exists in,
 * its own among them, in the order of the site's languages; none when it exists in one only. A
 * release's page exists in each of its versions that has what the page shows (the topic, the kind
 * of data); a page of the whole site, in each language the site has pages in.
 */
export async function pageAlternates(path: string): Promise<Alternate[]> {
  const found = matchRoute(path);
  if (!found) return [];
  const { route, params } = found;
  const release = params['release'];
  let alternates: Alternate[];
  if (release === undefined) {
    alternates = (await siteLanguages()).map((lang) => ({
      lang,
      path: route.fill({ ...params, ...languageParams(lang) }),
      paragraphs: {},
    }));
  } else if (route === routes.parallel) {
    // Two versions side by side are the same page in either's language, each on the left in its own.
    const own = segmentLanguage(params['lang']);
    const other = params['other'] ?? '';
    const current = (await getReleasesWithData()).get(versionId(release, own));
    const found = isSiteLanguage(other) && current?.versions.some((version) => version.version.lang === other);
    alternates = !found
      ? []
      : [own, other]
          .map((lang) => ({
            lang,
            path: route.fill({ ...params, ...languageParams(lang), other: lang === own ? other : own }),
            paragraphs: {},
          }))
          .sort((a, b) => byLanguage(a.lang, b.lang));
  } else {
    const current = (await getReleasesWithData()).get(versionId(release, segmentLanguage(params['lang'])));
    const kind = dataKinds.find((one) => routes.dataPage[one.id] === route)?.id;
    const all = await getReleasesWithData();
    alternates = (current?.versions ?? [])
      .filter(({ entry, topics }) => {
        if (route === routes.topic) return topics.some((topic) => topicSlug(topic.id) === params['topic']);
        if (kind !== undefined) return (all.get(entry.id)?.data[kind].length ?? 0) > 0;
        return true;
      })
      .map(({ entry, version }) => {
        const there = all.get(entry.id);
        return {
          lang: version.lang,
          path: route.fill({ ...params, ...versionParams(entry.id) }),
          paragraphs: current && there ? movedParagraphs(current, there) : {},
        };
      })
      .sort((a, b) => byLanguage(a.lang, b.lang));
  }
  return alternates.length > 1 ? alternates : [];
}

/**
 * What a reader is told of a release's language versions, from any of its versions: which the
 * Office published (the first version's `versions`), which it names the original, and which are
 * reproduced here. Undefined where the first version does not say.
 */
export async function releaseVersions(versionIdOf: string): Promise<ReleaseVersions | undefined> {
  const found = (await getReleasesWithData()).get(versionIdOf);
  const first = found?.versions.find((version) => version.version.first);
  const said = first?.entry.data.versions;
  if (!found || !said) return undefined;
  const captured = new Set(found.versions.map((version) => version.version.lang as string));
  return {
    ...said,
    reproduced: [
      ...said.published.filter((tag) => captured.has(tag)),
      ...[...captured].filter((tag) => !said.published.includes(tag)),
    ],
  };
}
