import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './build';

/** A frontmatter field of a content file, read as plain text (independent of the site's code). */
export function frontmatterField(file: string, field: string): string | undefined {
  const text = readFileSync(file, 'utf8');
  const frontmatter = /^---\n([\s\S]*?)\n---/u.exec(text)?.[1] ?? '';
  return new RegExp(`^${field}:\\s*(.+)$`, 'mu')
    .exec(frontmatter)?.[1]
    ?.trim()
    .replace(/^"(.*)"$/u, '$1');
}

/** Every topic file of the real content, with its release folder. */
export function topicFiles(): { release: string; file: string }[] {
  const root = join(projectRoot, 'content/releases');
  const releases = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return releases
    .map((entry) => entry.name)
    .flatMap((release) =>
      readdirSync(join(root, release, 'topics')).map((name) => ({
        release,
        file: join(root, release, 'topics', name),
      })),
    );
}
