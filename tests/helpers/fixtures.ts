import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { outputRoot, projectRoot } from './build';

/** The real release's folder name. */
export const realRelease = '2019-01-28-stolen-assets-and-drug-trafficking';

/**
 * A fresh content folder for a fixture build: the real release, plus any fixture folders of
 * releases from `tests/fixtures/`.
 */
export function contentCopy(name: string, fixtures: string[] = []): string {
  const dir = mkdtempSync(join(outputRoot, `${name}-content-`));
  cpSync(join(projectRoot, 'content/releases'), dir, { recursive: true });
  for (const fixture of fixtures) cpSync(join(projectRoot, 'tests/fixtures', fixture), dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a content folder; fails if the edit changes nothing. */
export function edit(contentDir: string, file: string, change: (text: string) => string): string {
  const path = join(contentDir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the fixture edit of ${file} changed nothing`);
  writeFileSync(path, after);
  return path;
}

/** A digest of every file under a folder, names and bytes: equal digests, equal folders. */
export function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(`${relative(dir, file)}\n`).update(readFileSync(file));
  return `${files.length} files, ${hash.digest('hex')}`;
}
