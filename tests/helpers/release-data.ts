import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { readDataItems } from '../../src/integrations/release-data-loader';
import { readEntryFile } from '../../src/integrations/release-loader';
import { checkReleaseData, type ReleaseDataInput } from '../../src/lib/data/release-data-check';
import { decodeUtf8, readPublishedText, type PublishedText } from '../../src/lib/text/published-text';
import { paragraphPlaces, type DataEntry, type ParagraphPlace } from '../../src/lib/data/release-data';
import { releaseModel } from '../../src/lib/text/release-model';
import { dataKinds, type DataKind, type ReleaseData } from '../../src/lib/data/kinds';
import { releaseSchema } from '../../src/schemas/release';
import { topicSchema } from '../../src/schemas/topic';
import { projectRoot } from './build';
import { realRelease } from './fixtures';

/** The real release's folder. */
export const releaseDir = join(projectRoot, 'content/releases', realRelease);

/**
 * An MDX entry of the real release as the collection loader reads it: the frontmatter as written
 * (readEntryFile, from the loader's module), validated by the collection's schema; the body after it.
 */
function readEntry<S extends z.ZodType>(
  path: string,
  schema: S,
): { filePath: string; body: string; data: z.output<S> } {
  const filePath = relative(projectRoot, path);
  const { data, body } = readEntryFile(decodeUtf8(readFileSync(path), filePath), filePath);
  return { filePath, body, data: schema.parse(data) };
}

const topicEntrySchema = topicSchema();

/** One kind of the real release's data, read and validated as the collection loader does. */
export function readKind<S extends z.ZodType>(kind: DataKind, schema: S): DataEntry<z.infer<S>>[] {
  const path = join(releaseDir, 'data', `${kind}.yaml`);
  const file = relative(projectRoot, path);
  return readDataItems(decodeUtf8(readFileSync(path), file), file).map(({ id, item }) => ({
    id,
    file,
    data: schema.parse(item),
  }));
}

/** The real release's data as read from its files, before the checks. */
export function realDataInput(): ReleaseDataInput {
  return Object.fromEntries(dataKinds.map((kind) => [kind.id, readKind(kind.id, kind.schema)])) as ReleaseDataInput;
}

/**
 * The real release read without Astro: its published text, where each paragraph is shown, and its
 * data checked against the text.
 */
export function realReleaseData(): { published: PublishedText; places: ParagraphPlace[]; data: ReleaseData } {
  const { published } = readPublishedText(releaseDir, relative(projectRoot, releaseDir));
  const release = { id: realRelease, ...readEntry(join(releaseDir, 'index.mdx'), releaseSchema) };
  const topics = readdirSync(join(releaseDir, 'topics')).map((name) => ({
    id: `${realRelease}/${name.replace(/\.mdx$/u, '')}`,
    ...readEntry(join(releaseDir, 'topics', name), topicEntrySchema),
  }));
  const places = paragraphPlaces(releaseModel(release, topics, published));
  const data = checkReleaseData(realDataInput(), published.paragraphs, (n) => {
    const place = places[n - 1];
    if (!place) throw new Error(`paragraph ${n} is on no page`);
    return place;
  });
  return { published, places, data };
}
