import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routes } from '../lib/site/routes.ts';

/**
 * Every symbolic link under the public folder, as paths from the project. Astro copies `public/`
 * following links, so a link would publish whatever it points at (`../.git/config`, `/etc/passwd`).
 */
export function publicLinks(publicDir: string, root = process.cwd()): string[] {
  let entries;
  try {
    entries = readdirSync(publicDir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Adds the files that need the site's absolute address: the feed of releases is only built when
 * `SITE_URL` is set (a feed's links must be absolute); without it the build says what is left out.
 * It stops the build on a symbolic link in the public folder, naming it.
 */
export function siteFiles(options: { site: string | undefined }): AstroIntegration {
  return {
    name: 'site:files',
    hooks: {
      'astro:config:setup': ({ injectRoute, logger, command, config }) => {
        const links = publicLinks(fileURLToPath(config.publicDir));
        if (links.length > 0) {
          throw new Error(
            links
              .map((link) => `${link}: is a symbolic link; the site publishes files, not links (copy the file in)`)
              .join('\n'),
          );
        }
        if (options.site) {
          const { pattern, injected } = routes.feed;
          injectRoute({ pattern: `/${pattern}`, entrypoint: new URL(injected, config.root) });
        } else if (command === 'build') {
          // A build without an address is a normal local build, not a fault: a note, not a warning.
          logger.info(
            'SITE_URL is not set, so canonical links, the sitemap and the feed are left out (set it to deploy).',
          );
        }
      },
    },
  };
}
