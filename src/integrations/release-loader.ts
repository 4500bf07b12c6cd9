import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse, YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError } from '../lib/check/content-error.ts';
import { parseFrontmatter } from '../lib/check/schema-problems.ts';
import { contentRoot } from '../lib/site/content-root.ts';
import { decodeUtf8, PUBLISHED_TEXT_FILE } from '../lib/text/published-text.ts';
import { dataKinds } from '../lib/data/kinds/index.ts';
import { pinProblems, PINS_FILE } from '../lib/text/official-texts.ts';
import { releaseFolderProblem } from '../lib/site/routes.ts';

/** A topic's file name: lower-case words joined by hyphens, as its address will read. */
export const TOPIC_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/u;

/** Files an operating system leaves in folders; never content, so never a reason to stop. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/**
 * Every file of every release folder that the site does not read, each with the reason: a file the
 * site would silently leave out (a topic named `...mdx`, a `notes.md`, a `data/figure.yaml`) is a
 * mistake its editor should hear about.
 */
export function unreadFiles(root: string): ContentError[] {
  const problems: ContentError[] = [];
  if (!existsSync(root)) return problems;
  const at = (...parts: string[]): string => relative(process.cwd(), join(root, ...parts));
  for (const release of readdirSync(root, { withFileTypes: true })) {
    if (SYSTEM_FILES.has(release.name)) continue;
    if (release.isFile() && release.name === PINS_FILE) continue;
    if (!release.isDirectory()) {
      problems.push(
        new ContentError(at(release.name), '', 'is not a release folder; each release is a folder of its own'),
      );
      continue;
    }
    const badName = releaseFolderProblem(release.name);
    if (badName) {
      // The message names the odd character by its code point: the name itself may not show it.
      problems.push(new ContentError(at(release.name), 'folder name', badName));
      continue;
    }
    for (const entry of readdirSync(join(root, release.name), { withFileTypes: true })) {
      const name = entry.name;
      if (SYSTEM_FILES.has(name)) continue;
      if (entry.isFile() && (name === 'index.mdx' || name === PUBLISHED_TEXT_FILE)) continue;
      if (entry.isDirectory() && name === 'topics') {
        for (const topic of readdirSync(join(root, release.name, name), { withFileTypes: true })) {
          if (SYSTEM_FILES.has(topic.name) || (topic.isFile() && TOPIC_FILE.test(topic.name))) continue;
          problems.push(
            new ContentError(
              at(release.name, name, topic.name),
              'file name',
              'a topic is a file named like "asset-recovery.mdx" (lower-case letters, digits and single hyphens); this one would be left out',
            ),
          );
        }
        continue;
      }
      if (entry.isDirectory() && name === 'data') {
        for (const file of readdirSync(join(root, release.name, name), { withFileTypes: true })) {
          if (SYSTEM_FILES.has(file.name)) continue;
          if (file.isFile() && dataKinds.some((kind) => file.name === `${kind.id}.yaml`)) continue;
          problems.push(
            new ContentError(
              at(release.name, name, file.name),
              'file name',
              `release data is one of ${dataKinds.map((kind) => `${kind.id}.yaml`).join(', ')}; this one would be left out`,
            ),
          );
        }
        continue;
      }
      problems.push(
        new ContentError(
          at(release.name, name),
          'file name',
          `a release folder holds index.mdx, ${PUBLISHED_TEXT_FILE}, topics/ and data/; this would be left out`,
        ),
      );
    }
  }
  return problems;
}

/** The YAML frontmatter of an MDX file, as written: dates stay strings (YAML 1.2, no timestamps). */
export function readFrontmatter(text: string, file: string): Record<string, unknown> {
  return readEntryFile(text, file).data;
}

/**
 * An MDX file's frontmatter, as {@link readFrontmatter} reads it, and its body: what follows the
 * frontmatter, trimmed, as Astro's MDX entries give it.
 */
export function readEntryFile(text: string, file: string): { data: Record<string, unknown>; body: string } {
  if (text.startsWith('\ufeff')) {
    throw new ContentError(file, '', 'starts with a byte-order mark (U+FEFF); save it as UTF-8 without one', {
      line: 1,
    });
  }
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u.exec(text);
  if (!match) {
    if (/^\s*---/u.test(text)) {
      throw new ContentError(
        file,
        'frontmatter',
        'must open with "---" on the first line and close with "---" on a line of its own',
      );
    }
    return { data: {}, body: text.trim() };
  }
  const body = text.slice(match[0].length).trim();
  let data: unknown;
  try {
    data = parse(match[1] ?? '', { prettyErrors: true });
  } catch (error) {
    const at = error instanceof YAMLError ? error.linePos?.[0] : undefined;
    throw new ContentError(
      file,
      'frontmatter',
      `not valid YAML: ${error instanceof Error ? error.message : String(error)}`,
      {
        // The frontmatter starts on the file's second line.
        line: at ? at.line + 1 : undefined,
        column: at?.col,
      },
    );
  }
  if (data === null || data === undefined) return { data: {}, body };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, 'frontmatter', 'must be a set of fields', { line: 2 });
  }
  return { data: data as Record<string, unknown>, body };
}

/** The line of an MDX file's text on which its body (as {@link readEntryFile} gives it) starts. */
export function bodyLine(text: string, body: string): number {
  // The body is the file's last part: a frontmatter field that quotes it must not be taken for it.
  const at = body === '' ? text.length : text.lastIndexOf(body);
  return text.slice(0, Math.max(at, 0)).split('\n').length;
}

/** The files of one collection in a release folder: the overview, or the topics. */
function collectionFiles(root: string, collection: 'releases' | 'topics'): { id: string; path: string }[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((folder) => folder.isDirectory() && releaseFolderProblem(folder.name) === undefined)
    .flatMap((folder) => {
      const dir = join(root, folder.name);
      if (collection === 'releases') {
        const path = join(dir, 'index.mdx');
        return existsSync(path) ? [{ id: folder.name, path }] : [];
      }
      const topics = join(dir, 'topics');
      if (!existsSync(topics)) return [];
      return readdirSync(topics)
        .filter((name) => TOPIC_FILE.test(name))
        .sort()
        .map((name) => ({ id: `${folder.name}/${name.slice(0, -'.mdx'.length)}`, path: join(topics, name) }));
    });
}

/**
 * The loader of a collection of release files (`releases`: each folder's `index.mdx`, its id the
 * folder's name; `topics`: each `topics/*.mdx`, its id `<release>/<topic>`). It reads each file as
 * the site's checks do: it stops, naming the file, on a file of a release folder the site would not
 * read, on an official text not pinned as it is, on a file that is not UTF-8, and on frontmatter
 * that does not fit `schema` (each field with its line and column). The frontmatter is read as
 * YAML 1.2, so that a date that does not exist, such as `2019-13-45`, reaches the schema as
 * written instead of rolled over into another day. The body is stored as text: no page renders it,
 * and nothing compiles it as a module (the release model reads it, src/lib/text/official-body.ts).
 */
export function releaseFiles(collection: 'releases' | 'topics', schema: z.ZodType): Loader {
  const sync = async ({ store, parseData, generateDigest, config }: LoaderContext): Promise<string[]> => {
    const root = contentRoot();
    const problems = [...unreadFiles(root), ...pinProblems(root)];
    if (problems.length > 0) throw new Error(problems.map((problem) => problem.message).join('\n'));
    store.clear();
    const files = collectionFiles(root, collection);
    for (const { id, path } of files) {
      const file = relative(fileURLToPath(config.root), path);
      const text = decodeUtf8(readFileSync(path), file);
      const { data, body } = readEntryFile(text, file);
      // Checked here first, so that a problem names the field's line and column in the file;
      // Astro then reads the same frontmatter by the same schema.
      await parseFrontmatter(schema, data, text, file);
      const parsed = await parseData({ id, data, filePath: path });
      store.set({ id, data: parsed, body, filePath: file, digest: generateDigest(text) });
    }
    return files.map(({ path }) => path);
  };
  return {
    name: `release-${collection}`,
    load: async (context) => {
      const files = await sync(context);
      // In development, an edited, added or removed release file reloads the collection.
      const root = contentRoot();
      context.watcher?.add([root, ...files]);
      for (const event of ['change', 'add', 'unlink'] as const) {
        context.watcher?.on(event, (changed) => {
          if (changed.startsWith(root) && changed.endsWith('.mdx')) void sync(context);
        });
      }
    },
  };
}
