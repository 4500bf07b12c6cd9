/** Where the site is served: its absolute origin (optional) and its path prefix. */
export interface SiteAddress {
  /** `SITE_URL`, for canonical links; undefined when not set. */
  site: string | undefined;
  /** `BASE_PATH`, always with a leading and a trailing slash (`/` at a domain root). */
  base: string;
}

/**
 * Reads `SITE_URL` and `BASE_PATH` from the environment. Fails with a message naming the variable
 * when `SITE_URL` is not an absolute http(s) address.
 */
export function siteAddress(env: Record<string, string | undefined>): SiteAddress {
  const rawSite = env['SITE_URL']?.trim();
  let site: string | undefined;
  if (rawSite) {
    let url: URL;
    try {
      url = new URL(rawSite);
    } catch {
      throw new Error(`SITE_URL: "${rawSite}" is not an absolute address such as https://example.org`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`SITE_URL: "${rawSite}" must start with https:// or http://`);
    }
    if (url.pathname !== '/') {
      throw new Error(`SITE_URL: "${rawSite}" has a path; give the origin in SITE_URL and the path in BASE_PATH`);
    }
    site = url.origin;
  }
  const segments = (env['BASE_PATH'] ?? '/').split('/').filter((part) => part !== '');
  const base = segments.length === 0 ? '/' : `/${segments.join('/')}/`;
  return { site, base };
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
