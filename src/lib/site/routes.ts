import { dataKinds, type DataKind } from '../data/kinds/index.ts';
import { languageParams, SITE_LANGUAGES, versionParams, type SiteLanguage } from './versions.ts';

/**
 * Every address of the site, declared once. A route is a page of `src/pages/` (or one an
 * integration injects): its pattern is the page's address as Astro derives it from the file, with
 * the parameters in brackets, relative to the base path (no leading slash). A route the build
 * writes only for an integration, which deletes its file from the output, names that integration
 * (`removedBy`): it is not published. Links, the pages' parameters, breadcrumbs, the topic names a
 * release may not take and the sitemap all read this table; tests/unit/routes.test.ts holds it to
 * the files under `src/pages/`.
 */

/** The parameters a pattern names: `releases/[release]/[topic]/` gives `release` and `topic`. */
type ParamsOf<P extends string> = P extends `${string}[${infer Name}]${infer Rest}`
  ? (Name extends `...${infer Spread}` ? Spread : Name) | ParamsOf<Rest>
  : never;

/**
 * A parameter in a pattern: `[release]`, or `[...card]`, which may hold slashes. A pattern's
 * first segment `[...lang]/` is the page's language: absent for the default language
 * (`releases/<id>/`), one segment for another (`ru/releases/<id>/`).
 */
const PARAMETER = /\[(\.\.\.)?([^\]]+)\]/gu;

/** The language segment at the start of a pattern, with its slash: filled as `ru/`, or as nothing. */
const LANGUAGE_PREFIX = /^\[\.\.\.lang\]\//u;

/** The values of a route's parameters: each a segment, but the language, absent in the default language. */
type ParamValues<Names extends string> = string extends Names
  ? Record<string, string | undefined>
  : { [K in Names]: K extends 'lang' ? string | undefined : string };

/** A release named in a breadcrumb trail, by its short title. */
export interface TrailRelease {
  id: string;
  data: { shortTitle: string };
}

/** What a route is called as a step of a breadcrumb trail: a fixed label, or the release's name. */
export type CrumbLabel = string | ((release: TrailRelease) => string);

/** One route: its pattern, how its parameters and path are made, and where it stands. */
export interface Route<Args extends readonly unknown[], Names extends string> {
  /** The address with its parameters in brackets, as Astro names them: `releases/[release]/full-text/`. */
  readonly pattern: string;
  /** The page's parameters for these arguments, as its `getStaticPaths` gives them (no language: undefined). */
  readonly params: (...args: Args) => ParamValues<Names>;
  /** The site path for these arguments (no leading slash, under the base path): the pattern filled. */
  readonly path: (...args: Args) => string;
  /** The pattern with these parameters filled; fails when one it names is missing (but the language). */
  readonly fill: (params: Readonly<Record<string, string | undefined>>) => string;
  /** The route one step up in a breadcrumb trail. */
  readonly parent: AnyRoute | undefined;
  /** Its label as a step of a breadcrumb trail; a route that is a parent has one. */
  readonly crumb: CrumbLabel | undefined;
  /** Whether the sitemap lists its pages. */
  readonly inSitemap: boolean;
  /** The entry point (from the project's folder) of a route an integration injects, not a file of `src/pages/`. */
  readonly injected: string | undefined;
  /**
   * The integration (from the project's folder) that reads the file this route writes once the
   * pages are built, then deletes it from the output: such a route is the build's own, not a page
   * of the published site, and the sitemap never lists it. Undefined for a route that is published.
   */
  readonly removedBy: string | undefined;
}

/** Any route, whatever its arguments: what the trail, the matching and the tests take. */
export type AnyRoute = Route<never, string>;

interface RouteOptions<P extends string, Args extends readonly unknown[]> {
  /** The parameters from the arguments a link gives (the release's id, a topic's id…). */
  params: (...args: Args) => ParamValues<ParamsOf<P>>;
  parent?: AnyRoute;
  crumb?: CrumbLabel;
  /** Leaves its pages out of the sitemap. */
  sitemap?: false;
}

/** A route whose pattern names no parameter: its path takes no argument. */
function fixed(pattern: string, options: Omit<RouteOptions<string, []>, 'params'> = {}): Route<[], never> {
  return route(pattern, { ...options, params: () => ({}) });
}

function route<const P extends string, Args extends readonly unknown[]>(
  pattern: P,
  options: RouteOptions<P, Args>,
): Route<Args, ParamsOf<P>> {
  const fill = (params: Readonly<Record<string, string | undefined>>): string =>
    pattern
      .replace(LANGUAGE_PREFIX, () => (params['lang'] === undefined ? '' : `${params['lang']}/`))
      .replace(PARAMETER, (_match, _spread: string | undefined, name: string) => {
        const value = params[name];
        if (value === undefined) throw new Error(`${pattern}: no value for the parameter ${name}`);
        return value;
      });
  return {
    pattern,
    params: options.params,
    path: (...args) => fill(options.params(...args)),
    fill,
    parent: options.parent,
    crumb: options.crumb,
    inSitemap: options.sitemap ?? true,
    injected: undefined,
    removedBy: undefined,
  };
}

/** A route with a page in each language the site speaks, and no other parameter. */
function perLanguage(
  pattern: `[...lang]/${string}`,
  options: Omit<RouteOptions<string, [lang?: SiteLanguage]>, 'params'> = {},
): Route<[lang?: SiteLanguage], 'lang'> {
  return route(pattern, { ...options, params: (lang?: SiteLanguage) => languageParams(lang) });
}

/** A route without parameters that an integration injects from `entry` (a path from the project's folder). */
function injected(pattern: string, entry: string): Route<[], never> & { readonly injected: string } {
  return { ...fixed(pattern), injected: entry };
}

/**
 * A route without parameters whose file the build writes only for the integration `removedBy` (a
 * path from the project's folder), which reads it and deletes it from the output.
 */
function buildOnly(pattern: string, removedBy: string): Route<[], never> & { readonly removedBy: string } {
  return { ...fixed(pattern, { sitemap: false }), removedBy };
}

/** The name of the site's own social card, `social/site.png`; a release may not take it. */
export const SITE_CARD = 'site';

/** The files of one kind of open data: its records as JSON and CSV, and the JSON's schema. */
export const openDataFormats = ['json', 'csv', 'schema.json'] as const;
/** One open-data file format. */
export type OpenDataFormat = (typeof openDataFormats)[number];

/**
 * The name of a file in a release's `data/`: each kind as JSON, CSV and JSON Schema, the whole
 * release as JSON with its schema, the citation as BibTeX and CSL-JSON, and the data package.
 */
export type DataFileName =
  | `${DataKind}.${OpenDataFormat}`
  | 'release.json'
  | 'release.schema.json'
  | 'citation.bib'
  | 'citation.csl.json'
  | 'datapackage.json';

/** The last segment of a topic id (`<release>/<topic>`), the topic's route parameter. */
export function topicSlug(topicId: string): string {
  return topicId.slice(topicId.lastIndexOf('/') + 1);
}

/** The release of a topic id (`<release>/<topic>`). */
function topicRelease(topicId: string): string {
  return topicId.slice(0, topicId.lastIndexOf('/'));
}

const ofRelease = (releaseId: string): { lang: string | undefined; release: string } => versionParams(releaseId);

const home = perLanguage('[...lang]/', { crumb: 'Home' });
const overview = route('[...lang]/releases/[release]/', {
  params: ofRelease,
  parent: home,
  // A release is named in a trail by its short title, the name its tab and card give it.
  crumb: (release) => release.data.shortTitle,
});
const dataHub = route('[...lang]/releases/[release]/data/', { params: ofRelease, parent: overview, crumb: 'Data' });

/** The page of each kind of data, at the address segment its kind gives (`dates` → `timeline`). */
const dataPage = Object.fromEntries(
  dataKinds.map((kind) => [
    kind.id,
    route(`[...lang]/releases/[release]/data/${kind.page}/` as `[...lang]/releases/[release]/data/${string}/`, {
      params: ofRelease,
      parent: dataHub,
    }),
  ]),
) as Record<DataKind, Route<[releaseId: string], 'lang' | 'release'>>;

/** The routes of the site, by name. */
export const routes = {
  /** The home page: the latest release. */
  home,
  /** About this site: sources and checks. */
  about: perLanguage('[...lang]/about/', { parent: home }),
  /** Every release and its topics; search itself is a dialog on every page. Not in the sitemap. */
  search: perLanguage('[...lang]/search/', { parent: home, sitemap: false }),
  /** The page for an address the site does not have, as hosts serve it (Astro writes `404.astro` there). */
  notFound: fixed('404.html'),
  robots: fixed('robots.txt'),
  /** The feed of releases, injected only when `SITE_URL` is set (a feed's links are absolute). */
  feed: injected('feed.xml', 'src/routes/feed.xml.ts'),
  /**
   * A link-preview card: the site's own (`SITE_CARD`), a release's (by its id) or a topic's (by
   * its id, `<release>/<topic>`).
   */
  socialCard: route('social/[...card].png', { params: (card: string) => ({ card }) }),
  /** A release's overview. */
  overview,
  /** A topic page; topic ids are `<release>/<topic>`. */
  topic: route('[...lang]/releases/[release]/[topic]/', {
    params: (topicId: string) => ({ ...versionParams(topicRelease(topicId)), topic: topicSlug(topicId) }),
    parent: overview,
  }),
  /** The whole release on one page, as published. */
  fullText: route('[...lang]/releases/[release]/full-text/', { params: ofRelease, parent: overview }),
  /**
   * A release's version side by side with another of its versions (by language): the page's own
   * version on the left, in its language. Only for releases with two versions or more.
   */
  parallel: route('[...lang]/releases/[release]/parallel/[other]/', {
    params: (releaseId: string, other: SiteLanguage) => ({ ...versionParams(releaseId), other }),
    parent: overview,
  }),
  /** The open-data page: every file, and the pages that show the data. */
  dataHub,
  /** How to cite the release and its paragraphs. */
  cite: route('[...lang]/releases/[release]/data/cite/', { params: ofRelease, parent: dataHub }),
  /** The page of one kind of data (figures, the timeline of dates…), by kind. */
  dataPage,
  /** A file of the release's open data or citation (`figures.csv`, `citation.bib`…). */
  dataFile: route('[...lang]/releases/[release]/data/[file]', {
    params: (releaseId: string, file: DataFileName) => ({ ...versionParams(releaseId), file }),
  }),
  /** The whole release as a PDF. */
  pdf: route('[...lang]/releases/[release]/press-release.pdf', { params: ofRelease }),
  /** The release as published: the project's copy of the source file, byte for byte. */
  publishedText: route('[...lang]/releases/[release]/press-release.txt', { params: ofRelease }),
  /**
   * What the search index is made of (the indexed pages' texts and the data records), written by
   * the build for the Pagefind integration, which deletes it once the index is made: not published.
   */
  searchInput: buildOnly('search-input.json', 'src/integrations/pagefind.ts'),
} as const;

/** Every route, each with its name (a kind's page is `dataPage.<kind>`), in the table's order. */
export const routeList: readonly { name: string; route: AnyRoute }[] = Object.entries(routes).flatMap(
  ([name, value]) =>
    'pattern' in value
      ? [{ name, route: value as AnyRoute }]
      : Object.entries(value).map(([kind, page]) => ({ name: `${name}.${kind}`, route: page as AnyRoute })),
);

/** Addresses of files no route makes: the sitemap (written by @astrojs/sitemap) and the icon (in `public/`). */
export const siteFilePaths = {
  sitemap: 'sitemap-index.xml',
  icon: 'favicon.svg',
} as const;

/** The route and its parameters that a site path belongs to, or undefined. */
export interface MatchedRoute {
  name: string;
  route: AnyRoute;
  /** Its parameters; the language is undefined on a page in the default language. */
  params: Record<string, string | undefined>;
}

/** Text matched as it is written in a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** A pattern as a regular expression: a parameter is one segment, a `[...spread]` one or more. */
function patternExpression(pattern: string): RegExp {
  // The language segment is one segment, or none (the default language).
  const prefix = LANGUAGE_PREFIX.exec(pattern)?.[0].length ?? 0;
  let source = prefix > 0 ? `(?:(${SITE_LANGUAGES.join('|')})/)?` : '';
  let last = prefix;
  for (const match of pattern.slice(prefix).matchAll(PARAMETER)) {
    match.index += prefix;
    source += literal(pattern.slice(last, match.index)) + (match[1] ? '(.+)' : '([^/]+)');
    last = match.index + match[0].length;
  }
  return new RegExp(`^${source}${literal(pattern.slice(last))}$`, 'u');
}

/**
 * Which kind of segment comes first where two patterns differ, as Astro ranks routes: a fixed
 * segment before a parameter, a parameter before a spread.
 */
function segmentRank(segment: string): number {
  if (segment.includes('[...')) return 2;
  return segment.includes('[') ? 1 : 0;
}

function byPriority(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const difference = segmentRank(left[i] ?? '') - segmentRank(right[i] ?? '');
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The routes in the order a path is tried against them, each with its expression. */
const matchOrder = [...routeList]
  .sort((a, b) => byPriority(a.route.pattern, b.route.pattern))
  .map((entry) => ({
    ...entry,
    expression: patternExpression(entry.route.pattern),
    names: [...entry.route.pattern.matchAll(PARAMETER)].map((match) => match[2] ?? ''),
  }));

/** The route a site path (no leading slash, under the base path, no anchor) belongs to, or undefined. */
export function matchRoute(path: string): MatchedRoute | undefined {
  for (const { name, route: candidate, expression, names } of matchOrder) {
    const match = expression.exec(path);
    if (!match) continue;
    const params = Object.fromEntries(names.map((param, i) => [param, match[i + 1]]));
    return { name, route: candidate, params };
  }
  return undefined;
}

/** The routes of the pages of the kinds of data. */
const dataPageRoutes: ReadonlySet<AnyRoute> = new Set(Object.values(routes.dataPage));

/** Whether a site path (`releases/<id>/data/<page>/`, no leading slash) is the page of a kind of data. */
export function isDataPage(path: string): boolean {
  const found = matchRoute(path)?.route;
  return found !== undefined && dataPageRoutes.has(found);
}

/**
 * The sitemap's filter, given the base path: keeps a page (its absolute address) unless its route
 * is left out of the sitemap. A page no route declares stops the build.
 */
export function sitemapFilter(base: string): (page: string) => boolean {
  return (page) => {
    const pathname = decodeURI(new URL(page).pathname);
    const found = pathname.startsWith(base) ? matchRoute(pathname.slice(base.length)) : undefined;
    if (!found) throw new Error(`sitemap: ${page} is the address of no route of src/lib/site/routes.ts`);
    return found.route.inSitemap;
  };
}

/**
 * The sitemap's entry of a page, given the base path: the sitemap names a page's versions in other
 * languages by its address without its language segment, which is right for every page but the
 * side-by-side one, whose counterpart swaps its two sides (`releases/<r>/parallel/kk/` is
 * `kk/releases/<r>/parallel/en/` in Kazakh, not `kk/releases/<r>/parallel/kk/`): its alternates are
 * left to its own `hreflang` links.
 */
export function sitemapEntry(base: string): <T extends { url: string; links?: unknown }>(item: T) => T {
  return (item) => {
    const pathname = decodeURI(new URL(item.url).pathname);
    const found = pathname.startsWith(base) ? matchRoute(pathname.slice(base.length)) : undefined;
    if (found?.route !== routes.parallel) return item;
    const { links: _links, ...rest } = item;
    return rest as typeof item;
  };
}

/** The pattern of a release's own pages, which the fixed routes below it extend. */
const RELEASE_PREFIX = routes.overview.pattern;

/**
 * Topic names that would take the address of a fixed page of the release: the first segment of
 * every route under a release that is not a parameter (`full-text`, `data`, `press-release.pdf`…).
 */
export const RESERVED_TOPIC_SLUGS: readonly string[] = [
  ...new Set([
    ...routeList
      .map(({ route: { pattern } }) => pattern)
      .filter((pattern) => pattern.startsWith(RELEASE_PREFIX))
      .map((pattern) => pattern.slice(RELEASE_PREFIX.length).split('/')[0] ?? '')
      .filter((segment) => segment !== '' && !segment.includes('[')),
    // A release's card is `social/<release>.png`, its versions' `social/<release>/<language>.png`:
    // a topic named as a language would take a version's card.
    ...SITE_LANGUAGES,
  ]),
];

/**
 * A release folder's name, the release's address segment: lower-case ASCII letters, digits and
 * single hyphens, so that no two releases can have addresses that look alike (a Cyrillic "а", a
 * zero-width joiner or a bidirectional control would make one).
 */
const RELEASE_FOLDER = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Names the site's own files take where releases also go: `social/site.png` is the site's card. */
const RESERVED_RELEASE_NAMES = new Set([SITE_CARD]);

/** Why a release folder's name is refused, or undefined when it is a good one. */
export function releaseFolderProblem(name: string): string | undefined {
  if (name.startsWith('.')) {
    return 'is a hidden folder (its name starts with a dot), which the site would leave out; move it out of the content folder or rename it';
  }
  if (RESERVED_RELEASE_NAMES.has(name)) return `"${name}" is a name the site's own files take; choose another`;
  if (RELEASE_FOLDER.test(name)) return undefined;
  const odd = [...name].find((char) => !/[a-z0-9-]/u.test(char));
  const what = odd
    ? `U+${(odd.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}${/[\p{L}\p{N}]/u.test(odd) ? ` ("${odd}")` : ''}`
    : 'a hyphen at an end, or two together';
  return `a release folder is named with lower-case ASCII letters, digits and single hyphens (such as 2019-01-28-stolen-assets), so that no two addresses look alike; this name holds ${what}`;
}
