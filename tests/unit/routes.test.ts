import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteFiles } from '../../src/integrations/site-files';
import {
  matchRoute,
  RESERVED_TOPIC_SLUGS,
  routeList,
  routes,
  siteFilePaths,
  sitemapFilter,
  type AnyRoute,
} from '../../src/lib/site/routes';
import { pathLanguage, SITE_LANGUAGES } from '../../src/lib/site/versions';
import { projectRoot } from '../helpers/build';

const pagesDir = join(projectRoot, 'src/pages');

/** The files under `src/pages/`, as paths from it with `/` between folders. */
function pageFiles(): string[] {
  return readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(pagesDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * A page file's address pattern, as Astro derives it with `build.format: 'directory'` and
 * `trailingSlash: 'always'`: a page (`.astro`) is a folder, `index` that folder itself; an endpoint
 * (`.ts`) keeps its name, which carries its address's extension (`robots.txt.ts`); the 404 page is
 * written as `404.html` in every format, as hosts serve it.
 */
function filePattern(file: string): string {
  const page = /^(.*)\.astro$/u.exec(file)?.[1];
  const endpoint = /^(.*)\.ts$/u.exec(file)?.[1];
  if (endpoint !== undefined) return endpoint;
  if (page === undefined) throw new Error(`src/pages/${file}: a page of a kind this test does not read`);
  if (page === '404') return '404.html';
  if (page === 'index') return '';
  return page.endsWith('/index') ? page.slice(0, -'index'.length) : `${page}/`;
}

/** The routes the site's integrations inject, as the site-files integration gives them to Astro with a site address. */
function injectedRoutes(): { pattern: string; entrypoint: string }[] {
  const injected: { pattern: string; entrypoint: string }[] = [];
  const setup = siteFiles({ site: 'https://example.org' }).hooks['astro:config:setup'];
  const options = {
    injectRoute: ({ pattern, entrypoint }: { pattern: string; entrypoint: string | URL }) =>
      injected.push({ pattern, entrypoint: relative(projectRoot, fileURLToPath(entrypoint)).split(sep).join('/') }),
    logger: { info: () => undefined },
    command: 'build',
    config: { publicDir: pathToFileURL(join(projectRoot, 'public/')), root: pathToFileURL(`${projectRoot}/`) },
  };
  void setup?.(options as unknown as Parameters<NonNullable<typeof setup>>[0]);
  return injected;
}

/** A value for every parameter a pattern may name, to build a path of each route. */
const SAMPLE: Record<string, string> = {
  release: 'r-1',
  topic: 'assets',
  card: 'r-1/assets',
  file: 'figures.csv',
  other: 'kk',
};

const parameters = (route: AnyRoute): string[] =>
  [...route.pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/gu)].map((match) => match[1] ?? '');

describe('the route table and the pages', () => {
  it('gives every file under src/pages exactly one route', () => {
    for (const file of pageFiles()) {
      const pattern = filePattern(file);
      const matching = routeList.filter(({ route }) => route.pattern === pattern).map(({ name }) => name);
      expect(matching, `src/pages/${file} (${pattern || 'the home page'})`).toHaveLength(1);
    }
  });

  it('gives every route a file under src/pages, or the entry point an integration injects it from', () => {
    const patterns = new Set(pageFiles().map(filePattern));
    const injected = injectedRoutes();
    for (const { name, route } of routeList) {
      if (route.injected === undefined) {
        expect(patterns.has(route.pattern), `${name}: ${route.pattern} has no file under src/pages`).toBe(true);
      } else {
        expect(injected, name).toContainEqual({ pattern: `/${route.pattern}`, entrypoint: route.injected });
        expect(existsSync(join(projectRoot, route.injected)), route.injected).toBe(true);
        expect(patterns.has(route.pattern), `${name} is injected and a page as well`).toBe(false);
      }
    }
    // Every injected route is one of the table's.
    for (const { pattern, entrypoint } of injected) {
      expect(
        routeList.some(({ route }) => `/${route.pattern}` === pattern && route.injected === entrypoint),
        pattern,
      ).toBe(true);
    }
  });

  it('finds routes injected by the site-files integration alone', () => {
    const sources = readdirSync(join(projectRoot, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|mjs|astro)$/u.test(file))
      .filter((file) => readFileSync(join(projectRoot, 'src', file), 'utf8').includes('injectRoute('))
      .map((file) => file.split(sep).join('/'));
    expect(sources).toEqual(['integrations/site-files.ts']);
  });

  it('reserves for the release the topic names its fixed pages and folders take', () => {
    const entries = readdirSync(join(pagesDir, '[...lang]/releases/[release]'))
      .filter((name) => name !== '[topic].astro' && name !== 'index.astro')
      .map((name) => name.replace(/\.(astro|ts)$/u, ''));
    // And the languages: a version's card is `social/<release>/<language>.png`.
    expect([...RESERVED_TOPIC_SLUGS].sort()).toEqual([...entries, ...SITE_LANGUAGES].sort());
    // The page of two versions side by side is a folder of its own.
    expect(RESERVED_TOPIC_SLUGS).toContain('parallel');
  });

  it('names, for each route the build does not publish, the integration that deletes it, and leaves it out of the sitemap', () => {
    const unpublished = routeList.filter(({ route }) => route.removedBy !== undefined);
    expect(unpublished.map(({ name }) => name)).toEqual(['searchInput']);
    for (const { name, route } of unpublished) {
      expect(existsSync(join(projectRoot, route.removedBy ?? '')), `${name}: ${route.removedBy}`).toBe(true);
      // The integration finds the file by the route's path.
      expect(readFileSync(join(projectRoot, route.removedBy ?? ''), 'utf8'), name).toContain(`routes.${name}.path()`);
      expect(route.inSitemap, name).toBe(false);
    }
  });

  it('declares each pattern once', () => {
    const patterns = routeList.map(({ route }) => route.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});

describe('the paths of the route table', () => {
  it('builds the addresses the site has always had', () => {
    expect(routes.home.path()).toBe('');
    expect(routes.about.path()).toBe('about/');
    expect(routes.search.path()).toBe('search/');
    expect(routes.feed.path()).toBe('feed.xml');
    expect(routes.overview.path('r-1')).toBe('releases/r-1/');
    expect(routes.topic.path('r-1/assets')).toBe('releases/r-1/assets/');
    expect(routes.topic.params('r-1/assets')).toEqual({ release: 'r-1', topic: 'assets' });
    expect(routes.fullText.path('r-1')).toBe('releases/r-1/full-text/');
    expect(routes.pdf.path('r-1')).toBe('releases/r-1/press-release.pdf');
    expect(routes.publishedText.path('r-1')).toBe('releases/r-1/press-release.txt');
    expect(routes.dataHub.path('r-1')).toBe('releases/r-1/data/');
    expect(routes.cite.path('r-1')).toBe('releases/r-1/data/cite/');
    expect(routes.dataPage.dates.path('r-1')).toBe('releases/r-1/data/timeline/');
    expect(routes.dataFile.path('r-1', 'citation.bib')).toBe('releases/r-1/data/citation.bib');
    expect(routes.socialCard.path('r-1/assets')).toBe('social/r-1/assets.png');
    expect(routes.searchInput.path()).toBe('search-input.json');
  });

  it('builds the addresses of a version in another language under its language', () => {
    expect(routes.home.path('ru')).toBe('ru/');
    expect(routes.home.path('en')).toBe('');
    expect(routes.about.path('kk')).toBe('kk/about/');
    expect(routes.overview.path('r-1/ru')).toBe('ru/releases/r-1/');
    expect(routes.overview.params('r-1/kk')).toEqual({ lang: 'kk', release: 'r-1' });
    expect(routes.topic.path('r-1/ru/assets')).toBe('ru/releases/r-1/assets/');
    expect(routes.topic.params('r-1/ru/assets')).toEqual({ lang: 'ru', release: 'r-1', topic: 'assets' });
    expect(routes.dataFile.path('r-1/kk', 'figures.csv')).toBe('kk/releases/r-1/data/figures.csv');
    expect(routes.socialCard.path('r-1/ru')).toBe('social/r-1/ru.png');
    // Two versions side by side: the page's own on the left, the other named last.
    expect(routes.parallel.path('r-1', 'ru')).toBe('releases/r-1/parallel/ru/');
    expect(routes.parallel.path('r-1/ru', 'en')).toBe('ru/releases/r-1/parallel/en/');
    expect(routes.parallel.params('r-1/kk', 'ru')).toEqual({ lang: 'kk', release: 'r-1', other: 'ru' });
    expect(matchRoute('ru/releases/r-1/parallel/en/')?.params).toEqual({ lang: 'ru', release: 'r-1', other: 'en' });
    // The page's language is its first segment's, never the other version's named after it.
    expect(pathLanguage(routes.parallel.path('r-1', 'ru'))).toBe('en');
    expect(pathLanguage(routes.parallel.path('r-1/kk', 'ru'))).toBe('kk');
    expect(pathLanguage(routes.about.path('ru'))).toBe('ru');
    expect(pathLanguage('')).toBe('en');
    // A language the site does not speak is no version's.
    expect(() => routes.overview.path('r-1/de')).toThrow(/not the id of a release's version/u);
  });

  it('finds each route again from a path it builds, fixed segments before parameters', () => {
    for (const { name, route } of routeList) {
      const path = route.fill(SAMPLE);
      expect(matchRoute(path)?.name, path).toBe(name);
      if (route.pattern.startsWith('[...lang]/')) {
        const inRussian = route.fill({ ...SAMPLE, lang: 'ru' });
        expect(inRussian.startsWith('ru/'), inRussian).toBe(true);
        expect(matchRoute(inRussian)?.name, inRussian).toBe(name);
        expect(matchRoute(inRussian)?.params['lang'], inRussian).toBe('ru');
      }
    }
    expect(matchRoute('de/releases/r-1/')).toBeUndefined();
    expect(matchRoute('releases/r-1/data/figures/x/')).toBeUndefined();
    expect(matchRoute('releases/r-1/data/figures.json')?.params).toEqual({ release: 'r-1', file: 'figures.json' });
  });

  it('leads every page up to the home page through parents that can be named and reached', () => {
    for (const { name, route } of routeList) {
      const chain: AnyRoute[] = [];
      for (let parent = route.parent; parent !== undefined; parent = parent.parent) chain.push(parent);
      if (chain.length === 0) continue;
      expect(chain.at(-1), name).toBe(routes.home);
      for (const parent of chain) {
        expect(parent.crumb, `${name}: ${parent.pattern}`).toBeDefined();
        // A parent's address is filled from the page's own parameters.
        for (const param of parameters(parent))
          expect(parameters(route), `${name}: ${parent.pattern}`).toContain(param);
      }
    }
  });

  it('leaves out of the sitemap the search page, the one page so marked, and the files the build does not publish', () => {
    const keep = sitemapFilter('/press/');
    const pages = routeList.filter(({ route }) => route.pattern === '' || route.pattern.endsWith('/'));
    for (const { name, route } of pages) {
      expect(keep(`https://example.org/press/${route.fill(SAMPLE)}`), name).toBe(route !== routes.search);
    }
    expect(keep(`https://example.org/press/${routes.searchInput.path()}`)).toBe(false);
    expect(() => keep('https://example.org/press/releases/r-1/data/figures/x/')).toThrow(/no route/u);
  });

  it('names files the build copies or writes where they are', () => {
    expect(existsSync(join(projectRoot, 'public', siteFilePaths.icon))).toBe(true);
  });
});
