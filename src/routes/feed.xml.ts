import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getReleases } from '../lib/site/site-data';
import { SITE_NAME } from '../lib/site/site-metadata';
import { withBase } from '../lib/site/site-address';
import { releasePaths } from '../lib/site/release-paths';

/** The feed of releases, newest first: one item per release. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('feed.xml: SITE_URL is needed for the feed');
  const base = import.meta.env.BASE_URL;
  const releases = await getReleases();
  return rss({
    title: SITE_NAME,
    description: 'Press releases of the General Prosecutor’s Office of the Republic of Kazakhstan, verbatim.',
    site: new URL(base, site).href,
    items: releases.map(({ entry: release }) => ({
      title: release.data.headline,
      link: withBase(releasePaths.overview(release.id), base),
      pubDate: release.data.published,
      description: release.data.summary,
    })),
    customData: '<language>en</language>',
  });
};
