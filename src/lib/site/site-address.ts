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

/** What a segment of the base path is made of: the characters no host or link encodes. */
const BASE_SEGMENT = /^[A-Za-z0-9._~-]+$/u;

/**
 * Why a base path is refused, or undefined. A segment outside ASCII letters, digits and `-._~` is
 * percent-encoded in one place and not in another (links, `_headers`, the sitemap, nginx), and
 * "." or ".." is resolved away by browsers: either would give pages addresses that do not lead to them.
 */
function basePathProblem(path: string): string | undefined {
  for (const segment of path.split('/').filter((part) => part !== '')) {
    if (segment === '.' || segment === '..') return `holds the segment "${segment}", which browsers resolve away`;
    if (BASE_SEGMENT.test(segment)) continue;
    const odd = [...segment].find((char) => !/[A-Za-z0-9._~-]/u.test(char)) ?? '';
    const code = `U+${(odd.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return `holds ${/[\p{L}\p{N}\p{P}\p{S}]/u.test(odd) ? `"${odd}" (${code})` : code}; a base path is written in ASCII letters, digits, "-", ".", "_" and "~", which every host and link reads alike (such as /press/)`;
  }
  return undefined;
}

/** A path as a reader would type it: percent-encoding undone where it can be. */
function readable(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
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
  const baseProblem = base === undefined ? undefined : basePathProblem(base);
  if (baseProblem !== undefined) throw new Error(`BASE_PATH: "${rawBase ?? ''}" ${baseProblem}`);
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
  // The character as the reader typed it (a Cyrillic letter, not its %D0%BF), or else the "%" itself.
  const decodedProblem = basePathProblem(readable(sitePath));
  const shown = decodedProblem === undefined ? sitePath : readable(sitePath);
  const siteProblem = decodedProblem ?? basePathProblem(sitePath);
  if (siteProblem !== undefined) throw new Error(`SITE_URL: the path "${shown}" ${siteProblem}`);
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
