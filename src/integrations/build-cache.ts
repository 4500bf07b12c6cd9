import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sha256Hex } from '../lib/cache/drawing-cache.ts';

// The build cache (Astro's content store, its copies of pages and the drawn PDFs and cards) is
// read back by the next build as it is. Whoever can write the cache folder (a CI cache restored
// from another branch, a shared runner) could otherwise have a build publish what no content
// says. So a build that succeeds seals what it leaves: the digest of every file in the cache. The
// next build removes every file the seal does not vouch for before Astro reads the cache; what
// was removed is made anew, so the site is the one a cold build makes.

/** The file, in the cache folder, that records the digest of every other file there. */
export const SEAL_FILE = 'seal.json';

interface Seal {
  version: 1;
  files: Record<string, string>;
}

/** Where a cached output would be read from or deleted, for each file Astro's record names. */
interface IncrementalRecord {
  routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }>;
}

/**
 * The files named in Astro's incremental-build record (`incremental-build.json` in the cache
 * folder) that lie outside the cached output folder. Astro deletes a stale output by that name
 * (`rm(join(cacheDir, 'dist', outputFile))`), so a record altered to `../../../README.md` would
 * make the next build delete a file of the project; such a record is refused before Astro reads it.
 */
export function recordEscapes(cacheDir: string): string[] {
  const file = join(cacheDir, 'incremental-build.json');
  if (!existsSync(file)) return [];
  let record: IncrementalRecord;
  try {
    record = JSON.parse(readFileSync(file, 'utf8')) as IncrementalRecord;
  } catch {
    return [];
  }
  const output = join(cacheDir, 'dist');
  return Object.values(record.routes ?? {})
    .flatMap((route) => Object.values(route.paths ?? {}))
    .map((path) => path.outputFile)
    .filter((outputFile): outputFile is string => typeof outputFile === 'string')
    .filter((outputFile) => {
      const inside = relative(output, resolve(output, outputFile));
      return inside === '' || inside.startsWith('..') || isAbsolute(inside);
    });
}

/** Every entry of the cache folder but the seal: files by path (`/`-separated), and whether each is a plain file. */
function cacheEntries(cacheDir: string): { path: string; file: boolean }[] {
  if (!existsSync(cacheDir)) return [];
  return readdirSync(cacheDir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => ({
      path: relative(cacheDir, join(entry.parentPath, entry.name)).split(sep).join('/'),
      file: entry.isFile(),
    }))
    .filter((entry) => entry.path !== SEAL_FILE)
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The seal the last build left, or undefined when there is none or it cannot be read. */
function readSeal(cacheDir: string): Seal | undefined {
  try {
    const seal = JSON.parse(readFileSync(join(cacheDir, SEAL_FILE), 'utf8')) as Partial<Seal>;
    return seal.version === 1 && typeof seal.files === 'object' && seal.files !== null ? (seal as Seal) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The files of the cache folder that its seal does not vouch for: changed since the last
 * successful build sealed them, added after it, links, or all of them when there is no seal (a
 * build that was stopped, a dev server that wrote its content store, a cache from elsewhere).
 */
export function unsealedFiles(cacheDir: string): string[] {
  const seal = readSeal(cacheDir);
  return cacheEntries(cacheDir)
    .filter(({ path, file }) => {
      const sealed = seal === undefined || !Object.hasOwn(seal.files, path) ? undefined : seal.files[path];
      return !file || sealed === undefined || sha256Hex(readFileSync(join(cacheDir, path))) !== sealed;
    })
    .map(({ path }) => path);
}

/** Records the digest of every file in the cache folder, written whole or not at all. */
export function sealCache(cacheDir: string): number {
  const files = Object.fromEntries(
    cacheEntries(cacheDir)
      .filter((entry) => entry.file)
      .map(({ path }) => [path, sha256Hex(readFileSync(join(cacheDir, path)))]),
  );
  const seal: Seal = { version: 1, files };
  const partial = join(cacheDir, `${SEAL_FILE}.${process.pid}.partial`);
  writeFileSync(partial, JSON.stringify(seal));
  renameSync(partial, join(cacheDir, SEAL_FILE));
  return Object.keys(files).length;
}

/**
 * Guards the build cache. Before Astro reads it: a record naming files outside the cache stops
 * the build (naming the record and the paths); every file the seal does not vouch for is removed
 * (and said), and the seal with it, since the build is about to change the cache. After a
 * successful build: the cache is sealed. Must be the first integration.
 */
export function buildCache(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'site:build-cache',
    hooks: {
      'astro:build:done': () => {
        if (cacheDir !== undefined && existsSync(cacheDir)) sealCache(cacheDir);
      },
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build') return;
        cacheDir = fileURLToPath(config.cacheDir);
        const escapes = recordEscapes(cacheDir);
        if (escapes.length > 0) {
          const record = relative(process.cwd(), join(cacheDir, 'incremental-build.json'));
          throw new Error(
            `${record}: outputFile: ${escapes.map((path) => JSON.stringify(path)).join(', ')} lead${escapes.length === 1 ? 's' : ''} outside the build cache, where a build would delete files; delete the cache folder (${relative(process.cwd(), cacheDir)}) and build again`,
          );
        }
        const project = resolve(process.cwd());
        if (project === resolve(cacheDir) || !relative(resolve(cacheDir), project).startsWith('..')) {
          throw new Error(`ASTRO_CACHE_DIR: ${cacheDir} holds the project; give the build a cache folder of its own`);
        }
        const hadSeal = existsSync(join(cacheDir, SEAL_FILE));
        const unsealed = unsealedFiles(cacheDir);
        for (const path of unsealed) rmSync(join(cacheDir, path), { force: true });
        rmSync(join(cacheDir, SEAL_FILE), { force: true });
        if (unsealed.length > 0) {
          const where = relative(process.cwd(), cacheDir) || '.';
          const shown = unsealed.slice(0, 3).join(', ') + (unsealed.length > 3 ? ', …' : '');
          logger.warn(
            hadSeal
              ? `build cache: ${unsealed.length} file${unsealed.length === 1 ? '' : 's'} in ${where}/ changed since the last build sealed them (${shown}); removed, and made anew`
              : `build cache: ${where}/ has no seal from a finished build; its ${unsealed.length} file${unsealed.length === 1 ? '' : 's'} removed, and made anew`,
          );
        }
      },
    },
  };
}
