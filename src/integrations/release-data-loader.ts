import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse, YAMLError } from 'yaml';
import { ContentError } from '../lib/check/content-error.ts';
import { contentRoot } from '../lib/site/content-root.ts';
import { decodeUtf8 } from '../lib/text/published-text.ts';
import { dataKind, type DataKind } from '../lib/data/kinds/index.ts';
import { parseDataItem } from '../lib/check/schema-problems.ts';
import { versionFolders } from './release-loader.ts';

/** The file of a release folder that holds one kind of data. */
export function dataFile(kind: DataKind): string {
  return `data/${kind}.yaml`;
}

/** A data file's items, checked for the shape every item needs: a list of objects with an `id`. */
export function readDataItems(text: string, file: string): { id: string; item: Record<string, unknown> }[] {
  let parsed: unknown;
  try {
    parsed = parse(text, { prettyErrors: true });
  } catch (error) {
    const at = error instanceof YAMLError ? error.linePos?.[0] : undefined;
    throw new ContentError(file, '', `not valid YAML: ${error instanceof Error ? error.message : String(error)}`, {
      line: at?.line,
      column: at?.col,
    });
  }
  if (parsed === null || parsed === undefined) return [];
  if (!Array.isArray(parsed))
    throw new ContentError(file, '', 'must be a list of items, each starting with "- id: "', { line: 1 });
  const seen = new Set<string>();
  return parsed.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new ContentError(file, `item ${i + 1}`, 'must be a set of fields, starting with "id: "');
    }
    const record = item as Record<string, unknown>;
    const id = record['id'];
    if (typeof id !== 'string' || id === '') throw new ContentError(file, `item ${i + 1}: id`, 'is missing');
    if (seen.has(id)) throw new ContentError(file, `${id}: id`, 'is used twice in the file; each item needs its own');
    seen.add(id);
    return { id, item: record };
  });
}

/**
 * Loads one kind of data from every release folder (`<release>/data/<kind>.yaml`, and each
 * language version's `<release>/<language>/data/<kind>.yaml`) into one collection: one entry per
 * item, its id `<version id>/<item id>`, so that a release stays a folder. A datum belongs to one
 * version and quotes that version's text.
 */
export function releaseDataLoader(kind: DataKind): Loader {
  const sync = async ({ store, parseData, generateDigest, config }: LoaderContext): Promise<string[]> => {
    const root = contentRoot();
    const files: string[] = [];
    store.clear();
    for (const version of versionFolders(root)) {
      const path = join(version.dir, dataFile(kind));
      if (!existsSync(path)) continue;
      files.push(path);
      const file = relative(fileURLToPath(config.root), path);
      const text = decodeUtf8(readFileSync(path), file);
      for (const [index, { id, item }] of readDataItems(text, file).entries()) {
        // Checked here first, so that a problem names the field's line and column in the file;
        // Astro then reads the same item by the same schema.
        await parseDataItem(dataKind(kind).schema, item, { text, file, index, id });
        const key = `${version.id}/${id}`;
        const data = await parseData({ id: key, data: item, filePath: path });
        store.set({ id: key, data, filePath: file, digest: generateDigest(item) });
      }
    }
    return files;
  };
  return {
    name: `release-data-${kind}`,
    load: async (context) => {
      const files = await sync(context);
      // In development, an edited data file reloads its collection.
      context.watcher?.add(files);
      context.watcher?.on('change', (changed) => {
        if (changed.endsWith(dataFile(kind))) void sync(context);
      });
    },
  };
}
