import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sha256Hex } from '../lib/cache/drawing-cache.ts';
import { contentRoot } from '../lib/site/content-root.ts';
import { routes } from '../lib/site/routes.ts';
import { versionFolders } from './release-loader.ts';
import { PUBLISHED_TEXT_FILE } from '../lib/text/published-text.ts';

/**
 * Every way in which a built site's published texts are not the content's: each release's served
 * `press-release.txt` must be its content file byte for byte, and each page that shows a SHA-256
 * must show that file's. Checked on the output itself, whatever produced it (a fresh render or a
 * copy from the build cache).
 */
export function servedTextProblems(outDir: string, root = contentRoot()): string[] {
  const problems: string[] = [];
  for (const version of versionFolders(root)) {
    const source = join(version.dir, PUBLISHED_TEXT_FILE);
    const at = routes.overview.path(version.id);
    if (!existsSync(source) || !existsSync(join(outDir, at))) continue;
    const expected = sha256Hex(readFileSync(source));
    const servedPath = routes.publishedText.path(version.id);
    const served = join(outDir, servedPath);
    if (!existsSync(served) || sha256Hex(readFileSync(served)) !== expected) {
      problems.push(
        `${servedPath}: served text: is not ${relative(process.cwd(), source)} byte for byte (a stale or altered copy, from the build cache?); delete the cache folder and build again`,
      );
    }
    for (const page of readdirSync(join(outDir, at), { recursive: true, encoding: 'utf8' })) {
      if (!page.endsWith('.html')) continue;
      const shown = /data-sha256>([0-9a-f]{64})</u.exec(readFileSync(join(outDir, at, page), 'utf8'))?.[1];
      if (shown !== undefined && shown !== expected) {
        problems.push(
          `${at}${page}: SHA-256: shows ${shown}, but ${relative(process.cwd(), source)} is ${expected}; delete the cache folder and build again`,
        );
      }
    }
  }
  return problems;
}

/** Stops the build, before the new site replaces the old one, when a published text is not the content's. */
export function servedTexts(): AstroIntegration {
  return {
    name: 'site:served-texts',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const problems = servedTextProblems(fileURLToPath(dir));
        if (problems.length > 0) throw new Error(problems.join('\n'));
      },
    },
  };
}
