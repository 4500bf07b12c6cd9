import { withBase } from './site-address.ts';
import { pathLanguage, type SiteLanguage } from './versions.ts';

/**
 * The base path the site is built for (`BASE_PATH`, `/` at a domain's root), as Astro gives it to
 * pages and components. Read here only, so that no page reaches into `import.meta.env` for it.
 */
export const siteBase: string = import.meta.env.BASE_URL;

/** A link to a path of this site (a route's path), under its base path: `about/` → `/press/about/`. */
export function sitePath(path: string): string {
  return withBase(path, siteBase);
}

/**
 * The language of the page at an address of this site (`Astro.url`): its first segment under the
 * base path, not `Astro.currentLocale` (see `pathLanguage`).
 */
export function currentLanguage(url: URL): SiteLanguage {
  const { pathname } = url;
  return pathLanguage(pathname.startsWith(siteBase) ? pathname.slice(siteBase.length) : '');
}
