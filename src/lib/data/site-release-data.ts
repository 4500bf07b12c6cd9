import { getCollection } from 'astro:content';
import { checkReleaseData, ReleaseDataError, type ReleaseDataInput } from './release-data-check.ts';
import { checkEditorialVerbs } from './reporting-verbs.ts';
import { paragraphPlaces, type DataEntry } from './release-data.ts';
import { getReleases, getSearchFilterValues, type Release } from '../site/site-data.ts';
import { dirname, join } from 'node:path';
import { inputsDigest } from '../cache/drawing-cache.ts';
import { siteInputs } from '../site/site-inputs.ts';
import { releasePublishedFile } from '../downloads/release-downloads.ts';
import { dataKinds, type DataKind, type ReleaseData } from './kinds/index.ts';
import { ContentError } from '../text/release-model.ts';
import { compositionDifference, firstDifference, skeleton } from '../text/look-alike.ts';

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
  const [releases, collections, filterValues] = await Promise.all([
    getReleases(),
    Promise.all(dataKinds.map(async (kind) => [kind.id, await getCollection(kind.id)] as const)),
    getSearchFilterValues(),
  ]);
  const site = siteInputs();
  // Two folders holding the same release (a copy, a look-alike) would list it twice under two addresses.
  const seen = new Map<string, string>();
  for (const { entry } of [...releases].sort((a, b) => a.entry.id.localeCompare(b.entry.id))) {
    const file = entry.filePath ?? entry.id;
    const key = `${entry.data.headline}\u0000${entry.data.published.toISOString()}`;
    const other = seen.get(key);
    if (other) {
      throw new ContentError(
        file,
        'headline',
        `${other} has the same headline and publication date: one release is published once; remove one of the two folders`,
      );
    }
    seen.set(key, file);
  }
  // A topic's label is its name in the search filter and the CSV files: two labels that read alike
  // but differ (a Cyrillic і, a different case) would show two topics no reader can tell apart.
  const labels = new Map<string, { label: string; file: string; release: string }>();
  for (const { entry, topics } of releases) {
    for (const topic of topics) {
      const file = topic.filePath ?? topic.id;
      const { label } = topic.data;
      const other = labels.get(skeleton(label));
      if (other && (other.label !== label || other.release === entry.id)) {
        throw new ContentError(
          file,
          'label',
          other.label === label
            ? `"${label}" is also the label of ${other.file}: each topic of a release needs a label of its own`
            : `"${label}" reads like "${other.label}" (${other.file}) but is another text (${compositionDifference(label, other.label, other.file) ?? firstDifference(label, other.label)}); use the same label for the same topic, or one that reads differently`,
        );
      }
      if (!other) labels.set(skeleton(label), { label, file, release: entry.id });
    }
  }
  const known = new Set(releases.map((model) => model.entry.id));
  for (const [, entries] of collections) {
    for (const entry of entries) {
      const releaseId = entry.id.slice(0, entry.id.indexOf('/'));
      if (!known.has(releaseId))
        throw new Error(`${entry.filePath ?? entry.id}: the folder ${releaseId} holds no release (index.mdx)`);
    }
  }
  return new Map(
    await Promise.all(
      releases.map(async (model) => {
        const id = model.entry.id;
        // Each collection was read by its kind's schema, so its entries are that kind's input.
        const input = Object.fromEntries(
          collections.map(([kind, entries]) => [kind, entriesOf<unknown>(entries, id)]),
        ) as ReleaseDataInput;
        const places = paragraphPlaces(model);
        const data = checkReleaseData(input, model.published.paragraphs, (n) => {
          const place = places[n - 1];
          if (!place) throw new Error(`release ${id}: paragraph ${n} is on no page`);
          return place;
        });
        const topicFields = model.topics.flatMap((topic) => {
          const file = topic.filePath ?? topic.id;
          const instructions = data.instructions.filter((one) => one.source.topicId === topic.id);
          return (['label', 'title', 'summary'] as const).map((field) => ({
            file,
            field,
            text: topic.data[field],
            instructions,
          }));
        });
        const releaseFile = model.entry.filePath ?? model.entry.id;
        const editorial = checkEditorialVerbs(
          [
            ...(['shortTitle', 'summary'] as const).map((field) => ({
              file: releaseFile,
              field,
              text: model.entry.data[field],
              instructions: data.instructions,
            })),
            ...topicFields,
            // What an instruction asks for follows its verb on every line that shows it.
            ...data.instructions.map((instruction) => ({
              file: join(dirname(releaseFile), 'data', 'instructions.yaml'),
              field: `${instruction.id}: what`,
              text: instruction.data.what,
              instructions: [instruction],
            })),
          ],
          data.people,
        );
        if (editorial.length > 0) {
          throw new ReleaseDataError(editorial, 'an editorial text says more than the official text');
        }
        const key = inputsDigest({
          release: asRead(model.entry),
          topics: model.topics.map(asRead),
          data: Object.entries(input).map(([kind, entries]) => [kind, entries.map(({ id, data }) => ({ id, data }))]),
          publishedText: (await releasePublishedFile(model)).sha256,
          filterValues,
          site,
        });
        return [id, { model, data, key }] as const;
      }),
    ),
  );
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
