import type { AstroIntegration } from 'astro';

/**
 * Adds the files that need the site's absolute address: the feed of releases is only built when
 * `SITE_URL` is set (a feed's links must be absolute); without it the build says what is left out.
 */
export function siteFiles(options: { site: string | undefined }): AstroIntegration {
  return {
    name: 'site:files',
    hooks: {
      'astro:config:setup': ({ injectRoute, logger, command }) => {
        if (options.site) {
          injectRoute({ pattern: '/feed.xml', entrypoint: new URL('../routes/feed.xml.ts', import.meta.url) });
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
