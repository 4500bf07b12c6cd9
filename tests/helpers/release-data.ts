import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { readDataItems } from '../../src/integrations/release-data-loader';
import { checkReleaseData, type ReleaseDataInput } from '../../src/lib/data/release-data-check';
import { parsePublishedText, type PublishedText } from '../../src/lib/text/published-text';
import { paragraphPlaces, type DataEntry, type ParagraphPlace } from '../../src/lib/data/release-data';
import { releaseModel } from '../../src/lib/text/release-model';
import { dataKinds, type DataKind, type ReleaseData } from '../../src/lib/data/kinds';
import { projectRoot } from './build';
import { realRelease } from './fixtures';

/** The real release's folder. */
export const releaseDir = join(projectRoot, 'content/releases', realRelease);

/** An MDX file's frontmatter and body. */
function readMdx(path: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${path}: no frontmatter`);
  return { data: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

/** One kind of the real release's data, read and validated as the collection loader does. */
/** The frontmatter's meeting, typed as the schema gives it. */
function meetingOf(value: unknown): { date: Date; place: string } {
  const meeting = (value ?? {}) as { date?: unknown; place?: unknown };
  return { date: new Date(String(meeting.date)), place: String(meeting.place) };
}

export function readKind<S extends z.ZodType>(kind: DataKind, schema: S): DataEntry<z.infer<S>>[] {
  const file = join(releaseDir, 'data', `${kind}.yaml`);
  return readDataItems(readFileSync(file, 'utf8'), file).map(({ id, item }) => ({
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
  const published = parsePublishedText(readFileSync(join(releaseDir, 'press-release.txt'), 'utf8'));
  const index = readMdx(join(releaseDir, 'index.mdx'));
  const release = {
    id: realRelease,
    body: index.body,
    data: {
      headline: String(index.data['headline']),
      attribution: String(index.data['attribution']),
      published: new Date(String(index.data['published'])),
      meeting: meetingOf(index.data['meeting']),
    },
  };
  const topics = readdirSync(join(releaseDir, 'topics')).map((name) => {
    const topic = readMdx(join(releaseDir, 'topics', name));
    return {
      id: `${realRelease}/${name.replace(/\.mdx$/u, '')}`,
      body: topic.body,
      data: { release: { id: realRelease }, order: Number(topic.data['order']), label: String(topic.data['label']) },
    };
  });
  const places = paragraphPlaces(releaseModel(release, topics, published));
  const data = checkReleaseData(realDataInput(), published.paragraphs, (n) => {
    const place = places[n - 1];
    if (!place) throw new Error(`paragraph ${n} is on no page`);
    return place;
  });
  return { published, places, data };
}
