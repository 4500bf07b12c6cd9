import { defineMiddleware } from 'astro:middleware';
import { getReleasesWithData, failedReleases } from './lib/site/releases.ts';
import { matchRoute } from './lib/site/routes.ts';

/**
 * In development, a release whose content fails its checks is left out of the site, and the pages
 * it concerns (its own, each a route with the release in its address, and the home page, which
 * shows the latest release) show what stopped it, on the development server's error page, naming
 * the content file and line. Every other page keeps working while the editor mends it. A build never gets here with
 * a failing release: it stops first.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (!import.meta.env.DEV) return next();
  await getReleasesWithData();
  const failed = failedReleases();
  if (failed.size === 0) return next();
  const base = import.meta.env.BASE_URL.replace(/\/?$/u, '/');
  const path = context.url.pathname.startsWith(base) ? context.url.pathname.slice(base.length) : '';
  const route = matchRoute(path);
  const release = route?.params['release'];
  if (release !== undefined && failed.has(release)) throw failed.get(release);
  if (route?.name === 'home' || path === 'index.html') throw failed.values().next().value;
  return next();
});
