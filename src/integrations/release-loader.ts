import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse, YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, throwProblems } from '../lib/check/content-error.ts';
import { parseFrontmatter } from '../lib/check/schema-problems.ts';
import { contentRoot } from '../lib/site/content-root.ts';
import { decodeUtf8, PUBLISHED_TEXT_FILE } from '../lib/text/published-text.ts';
import { dataKinds } from '../lib/data/kinds/index.ts';
import { pinProblems, PINS_FILE } from '../lib/text/official-texts.ts';
import { releaseFolderProblem } from '../lib/site/routes.ts';
import {
  DEFAULT_LANGUAGE,
  isSiteLanguage,
  SITE_LANGUAGES,
  versionId,
  type SiteLanguage,
} from '../lib/site/versions.ts';

/** A topic's file name: lower-case words joined by hyphens, as its address will read. */
export const TOPIC_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/u;

/** Files an operating system leaves in folders; never content, so never a reason to stop. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** The files of one version's folder (the release folder itself, or a `<language>/` in it). */
function versionFileProblems(root: string, parts: string[], topLevel: boolean): ContentError[] {
  const problems: ContentError[] = [];
  const at = (...more: string[]): string => relative(process.cwd(), join(root, ...parts, ...more));
  const firstLanguage = topLevel ? firstVersionLanguage(join(root, ...parts)) : undefined;
  if (firstLanguage !== undefined && !isSiteLanguage(firstLanguage)) {
    // The folder's own version would be left out: its pages could not speak its language.
    problems.push(
      new ContentError(
        at('index.mdx'),
        'versions.reproduced',
        `"${firstLanguage}" is not a language the site speaks (${SITE_LANGUAGES.join(', ')}); a version's pages speak its language`,
      ),
    );
  }
  for (const entry of readdirSync(join(root, ...parts), { withFileTypes: true })) {
    const name = entry.name;
    if (SYSTEM_FILES.has(name)) continue;
    if (entry.isFile() && (name === 'index.mdx' || name === PUBLISHED_TEXT_FILE)) continue;
    if (topLevel && entry.isDirectory() && isSiteLanguage(name)) {
      if (name === firstLanguage) {
        problems.push(
          new ContentError(
            at(name),
            'folder name',
            `the release folder's own files are its ${name} version already (index.mdx: versions: reproduced); a further version's folder is named by another language`,
          ),
        );
        continue;
      }
      problems.push(...versionFileProblems(root, [...parts, name], false));
      continue;
    }
    if (entry.isDirectory() && name === 'topics') {
      for (const topic of readdirSync(join(root, ...parts, name), { withFileTypes: true })) {
        if (SYSTEM_FILES.has(topic.name) || (topic.isFile() && TOPIC_FILE.test(topic.name))) continue;
        problems.push(
          new ContentError(
            at(name, topic.name),
            'file name',
            'a topic is a file named like "asset-recovery.mdx" (lower-case letters, digits and single hyphens); this one would be left out',
          ),
        );
      }
      continue;
    }
    if (entry.isDirectory() && name === 'data') {
      for (const file of readdirSync(join(root, ...parts, name), { withFileTypes: true })) {
        if (SYSTEM_FILES.has(file.name)) continue;
        if (file.isFile() && dataKinds.some((kind) => file.name === `${kind.id}.yaml`)) continue;
        problems.push(
          new ContentError(
            at(name, file.name),
            'file name',
            `release data is one of ${dataKinds.map((kind) => `${kind.id}.yaml`).join(', ')}; this one would be left out`,
          ),
        );
      }
      continue;
    }
    const versions = topLevel
      ? `, and a folder per further language version (${SITE_LANGUAGES.filter((tag) => tag !== firstLanguage).join(', ')})`
      : '';
    problems.push(
      new ContentError(
        at(name),
        'file name',
        `a ${topLevel ? 'release' : 'version'} folder holds index.mdx, ${PUBLISHED_TEXT_FILE}, topics/ and data/${versions}; this would be left out`,
      ),
    );
  }
  return problems;
}

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
    problems.push(...versionFileProblems(root, [release.name], true));
  }
  return problems;
}

/**
 * An index.mdx's `versions` field as written, before any schema: its `reproduced` and `published`
 * where they are of the right type. For the readers that must know a release's versions before its
 * files are checked (the loader's folders, the version scaffold).
 */
export function writtenVersions(data: Record<string, unknown>): { reproduced?: string; published?: string[] } {
  const versions = data['versions'];
  if (typeof versions !== 'object' || versions === null) return {};
  const { reproduced, published } = versions as Record<string, unknown>;
  return {
    ...(typeof reproduced === 'string' ? { reproduced } : {}),
    ...(Array.isArray(published) ? { published: published.map(String) } : {}),
  };
}

/**
 * The language of the version a release folder holds at its top: its index.mdx's
 * `versions.reproduced`, English where it names none. A file that cannot be read gives English
 * here: reading it for its schema names the problem.
 */
export function firstVersionLanguage(dir: string): string {
  try {
    const { data } = readEntryFile(readFileSync(join(dir, 'index.mdx'), 'utf8'), join(dir, 'index.mdx'));
    return writtenVersions(data).reproduced ?? DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** One language version of a release: its folder and its id (see src/lib/site/versions.ts). */
export interface VersionFolder {
  /** The release folder's name. */
  release: string;
  /** The version's language. */
  lang: SiteLanguage;
  /** The version's id: its entries' release id. */
  id: string;
  /** Its folder: the release folder, or a `<language>/` in it. */
  dir: string;
  /** Whether it is the release folder's own version (the first captured), not a `<language>/` folder. */
  first: boolean;
}

/**
 * Every language version of every release folder of `root`, each release's first version first. A
 * first version in a language the site does not speak is left out here: its index.mdx's schema
 * refuses it.
 */
export function versionFolders(root: string): VersionFolder[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((folder) => folder.isDirectory() && releaseFolderProblem(folder.name) === undefined)
    .map((folder) => folder.name)
    .sort()
    .flatMap((release) => {
      const dir = join(root, release);
      const lang = firstVersionLanguage(dir);
      const first: VersionFolder[] = isSiteLanguage(lang)
        ? [{ release, lang, id: versionId(release, lang), dir, first: true }]
        : [];
      const further = readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && isSiteLanguage(entry.name) && entry.name !== lang)
        .map((entry) => entry.name as SiteLanguage)
        .sort()
        .map((tag) => ({ release, lang: tag, id: versionId(release, tag), dir: join(dir, tag), first: false }));
      return [...first, ...further];
    });
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

/**
 * What belongs to a version's place in its release: `versions` (which languages the Office
 * published) is said once, in the first version's index.mdx; `alignment` (how a further version's
 * paragraphs match the first's) only in a further version's. Each misplaced field is named with its
 * line.
 */
export function versionFieldProblems(
  data: Record<string, unknown>,
  text: string,
  file: string,
  first: boolean,
): ContentError[] {
  const misplaced = first
    ? [
        {
          field: 'alignment',
          why: "matches a further version's paragraphs to the first version's; the first version has none to match",
        },
      ]
    : [
        {
          field: 'versions',
          why: "is said once for the whole release, in the first version's index.mdx (the release folder's own); remove it here",
        },
      ];
  return misplaced
    .filter(({ field }) => data[field] !== undefined)
    .map(({ field, why }) => {
      const at = text.split('\n').findIndex((line) => line.startsWith(`${field}:`));
      return new ContentError(file, field, why, { line: at < 0 ? undefined : at + 1, column: at < 0 ? undefined : 1 });
    });
}

/** The files of one collection in every version's folder: the overviews, or the topics. */
function collectionFiles(
  root: string,
  collection: 'releases' | 'topics',
): { id: string; path: string; first: boolean }[] {
  return versionFolders(root).flatMap(({ id, dir, first }) => {
    if (collection === 'releases') {
      const path = join(dir, 'index.mdx');
      return existsSync(path) ? [{ id, path, first }] : [];
    }
    const topics = join(dir, 'topics');
    if (!existsSync(topics)) return [];
    return readdirSync(topics)
      .filter((name) => TOPIC_FILE.test(name))
      .sort()
      .map((name) => ({ id: `${id}/${name.slice(0, -'.mdx'.length)}`, path: join(topics, name), first }));
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
    for (const { id, path, first } of files) {
      const file = relative(fileURLToPath(config.root), path);
      const text = decodeUtf8(readFileSync(path), file);
      const { data, body } = readEntryFile(text, file);
      if (collection === 'releases') throwProblems(versionFieldProblems(data, text, file, first));
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
