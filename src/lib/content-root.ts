import { resolve } from 'node:path';

/**
 * The folder that holds the releases. `CONTENT_DIR` points a build at another folder (test
 * fixtures, benchmarks); relative paths resolve from the working directory.
 */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return resolve(env['CONTENT_DIR'] ?? 'content/releases');
}
