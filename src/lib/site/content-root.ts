import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * The folder that holds the releases. `CONTENT_DIR` points a build at another folder (test
 * fixtures, benchmarks); relative paths resolve from the working directory.
 */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return resolve(env['CONTENT_DIR'] ?? 'content/releases');
}

/**
 * Astro's cache folder: `ASTRO_CACHE_DIR` when set (test and benchmark builds), otherwise the
 * default one for `content/releases` and one of its own for any other content folder.
 */
export function astroCacheDir(env: Record<string, string | undefined> = process.env): string {
  if (env['ASTRO_CACHE_DIR'] !== undefined) return env['ASTRO_CACHE_DIR'];
  if (env['CONTENT_DIR'] === undefined) return './node_modules/.astro';
  const key = createHash('sha256').update(contentRoot(env)).digest('hex').slice(0, 12);
  return `./node_modules/.astro-content-${key}`;
}
