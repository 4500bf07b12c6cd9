import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * The folder that holds the releases. `CONTENT_DIR` points a build at another folder (test
 * fixtures, benchmarks); relative paths resolve from the working directory.
 */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return resolve(env['CONTENT_DIR'] ?? 'content/releases');
}

/** Astro's cache folder for a content folder: the default one, or one of its own for any other. */
export function contentCacheDir(env: Record<string, string | undefined> = process.env): string {
  if (env['CONTENT_DIR'] === undefined) return './node_modules/.astro';
  const key = createHash('sha256').update(contentRoot(env)).digest('hex').slice(0, 12);
  return `./node_modules/.astro-content-${key}`;
}
