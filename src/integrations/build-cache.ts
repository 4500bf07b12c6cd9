import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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

/** Stops a build whose cache names files outside itself, naming the record and the paths. */
export function buildCacheGuard(): AstroIntegration {
  return {
    name: 'site:build-cache',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build') return;
        const cacheDir = fileURLToPath(config.cacheDir);
        const escapes = recordEscapes(cacheDir);
        if (escapes.length > 0) {
          const record = relative(process.cwd(), join(cacheDir, 'incremental-build.json'));
          throw new Error(
            `${record}: outputFile: ${escapes.map((path) => JSON.stringify(path)).join(', ')} lead${escapes.length === 1 ? 's' : ''} outside the build cache, where a build would delete files; delete the cache folder (${relative(process.cwd(), cacheDir)}) and build again`,
          );
        }
      },
    },
  };
}
