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
          logger.warn('SITE_URL is not set: canonical links, the sitemap and the feed are left out of this build.');
        }
      },
    },
  };
}
