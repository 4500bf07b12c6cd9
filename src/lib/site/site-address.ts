/** Where the site is served: its absolute origin (optional) and its path prefix. */
export interface SiteAddress {
  /** The origin of `SITE_URL` (no path), for canonical links, or Astro's `site`; undefined when not set. */
  site: string | URL | undefined;
  /** From `BASE_PATH` or the path of `SITE_URL`, with a leading and a trailing slash (`/` at a root). */
  base: string;
}

/** A path with one leading and one trailing slash, empty segments dropped (`/` for none). */
function basePath(path: string): string {
  const segments = path.split('/').filter((part) => part !== '');
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/**
 * Reads `SITE_URL` and `BASE_PATH` from the environment. `SITE_URL` may be the site's whole
 * address (`https://example.org/press/`), as most hosts give it: its path is then the base path
 * when `BASE_PATH` is not set, and must be the same when it is. Fails with a message naming the
 * variables when `SITE_URL` is not an absolute http(s) address or the two paths disagree.
 */
export function siteAddress(env: Record<string, string | undefined>): SiteAddress & { site: string | undefined } {
  const rawSite = env['SITE_URL']?.trim();
  const rawBase = env['BASE_PATH']?.trim();
  const base = rawBase ? basePath(rawBase) : undefined;
  if (!rawSite) return { site: undefined, base: base ?? '/' };
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new Error(`SITE_URL: "${rawSite}" is not an absolute address such as https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${rawSite}" must start with https:// or http://`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Error(`SITE_URL: "${rawSite}" must be the site's address alone, without a query, fragment or user`);
  }
  const sitePath = basePath(url.pathname);
  // A SITE_URL without a path says nothing about the path: BASE_PATH alone decides.
  if (sitePath === '/' || base === undefined || base === sitePath) {
    return { site: url.origin, base: base ?? sitePath };
  }
  throw new Error(
    `SITE_URL and BASE_PATH disagree: SITE_URL "${rawSite}" has the path ${sitePath}, BASE_PATH is ${base}; ` +
      `set the same path in both, or set it in one of them only`,
  );
}

/** A site path (`releases/x/`, no leading slash) under the base path. */
export function withBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/u, '')}`;
}

/** The address of a path (base included) as readers see it: absolute when the origin is known. */
export function publicAddress(path: string, site: string | URL | undefined): string {
  return site ? new URL(path, site).href : path;
}

/**
 * The absolute address of a site path (no leading slash) under the base path, for what leaves the
 * site (files, structured data); undefined when the site's origin is not known, as a bare path means
 * nothing there.
 */
export function absoluteAddress(sitePath: string, location: SiteAddress): string | undefined {
  return location.site ? publicAddress(withBase(sitePath, location.base), location.site) : undefined;
}
