import { getCollection } from 'astro:content';
import { checkReleaseData, type ReleaseDataInput } from './release-data-check';
import { paragraphPlaces, type DataEntry } from './release-data';
import { getReleases, type Release } from '../site/site-data';
import { dataKinds, type ReleaseData } from './kinds';

/** A release with its data, checked against its official text. */
export interface ReleaseWithData {
  model: Release;
  data: ReleaseData;
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

async function load(): Promise<Map<string, ReleaseWithData>> {
  const [releases, collections] = await Promise.all([
    getReleases(),
    Promise.all(dataKinds.map(async (kind) => [kind.id, await getCollection(kind.id)] as const)),
  ]);
  const known = new Set(releases.map((model) => model.entry.id));
  for (const [, entries] of collections) {
    for (const entry of entries) {
      const releaseId = entry.id.slice(0, entry.id.indexOf('/'));
      if (!known.has(releaseId))
        throw new Error(`${entry.filePath ?? entry.id}: the folder ${releaseId} holds no release (index.mdx)`);
    }
  }
  return new Map(
    releases.map((model) => {
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
      return [id, { model, data }];
    }),
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

/** Static paths for a page per release, with the release and its data as props. */
export async function releaseDataPaths(): Promise<{ params: { release: string }; props: ReleaseWithData }[]> {
  return [...(await getReleasesWithData()).values()].map((entry) => ({
    params: { release: entry.model.entry.id },
    props: entry,
  }));
}
