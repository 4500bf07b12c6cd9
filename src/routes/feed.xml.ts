import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getReleasesIn } from '../lib/site/releases.ts';
import { DEFAULT_LANGUAGE } from '../lib/site/versions.ts';
import { SITE_NAME } from '../lib/site/site-metadata.ts';
import { routes } from '../lib/site/routes.ts';
import { sitePath, siteBase } from '../lib/site/site-path.ts';

/**
 * The feed of releases, newest first: one item per release with an English version, the feed's
 * language (versions in other languages are not English items).
 */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('feed.xml: SITE_URL is needed for the feed');
  const releases = await getReleasesIn(DEFAULT_LANGUAGE);
  return rss({
    title: SITE_NAME,
    description: 'Press releases of the General Prosecutor’s Office of the Republic of Kazakhstan, verbatim.',
    site: new URL(siteBase, site).href,
    items: releases.map(({ entry: release }) => ({
      title: release.data.headline,
      link: sitePath(routes.overview.path(release.id)),
      pubDate: release.data.published,
      description: release.data.summary,
    })),
    customData: '<language>en</language>',
  });
};
