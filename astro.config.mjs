// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { MDX_FEATURES } from './src/lib/text/official-body.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { staticHost } from './src/integrations/static-host.ts';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { drawings } from './src/integrations/drawings.ts';
import { siteFiles } from './src/integrations/site-files.ts';
import { servedTexts } from './src/integrations/served-texts.ts';
import { buildCache } from './src/integrations/build-cache.ts';
import { siteAddress } from './src/lib/site/site-address.ts';
import { astroCacheDir } from './src/lib/site/content-root.ts';
import { sitemapEntry, sitemapFilter } from './src/lib/site/routes.ts';
import { DEFAULT_LANGUAGE, SITE_LANGUAGES } from './src/lib/site/versions.ts';

const { site, base } = siteAddress(process.env);
// A BASE_URL variable in the environment would take the place of the configured base in
// import.meta.env.BASE_URL (every link of the site); the base comes from BASE_PATH alone.
delete process.env.BASE_URL;

// Astro is pinned exactly (the incremental build is experimental): its dev server must not invite
// an upgrade past the pin. It reads this variable when it would check, after loading this file.
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  // A release's versions in other languages than English live under their language's segment
  // (`/ru/releases/<release>/`); English pages keep addresses without one.
  i18n: {
    locales: [...SITE_LANGUAGES],
    defaultLocale: DEFAULT_LANGUAGE,
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory' },
  // Builds of test fixtures and benchmarks write elsewhere. Each content folder keeps its own
  // cache: a content store cached for one folder must never feed the build of another.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: astroCacheDir(process.env),
  markdown: {
    // No page renders an MDX body through Astro: the release model reads each body once (see
    // src/lib/text/official-body.ts) and pages show its paragraphs from the published text. Should
    // Markdown ever be rendered, the official text stays verbatim: no curly quotes or dashes.
    processor: satteri({ features: MDX_FEATURES }),
  },
  integrations: [
    // First: before Astro reads the cache, a record naming files outside it stops the build and
    // every file the last successful build did not seal is removed, to be made anew.
    buildCache(),
    // The sitemap lists absolute addresses, so it needs SITE_URL. The route table says which pages it leaves out.
    // Each page lists its versions in the other languages (hreflang), where it has any.
    ...(site
      ? [
          sitemap({
            filter: sitemapFilter(base),
            serialize: sitemapEntry(base),
            i18n: {
              defaultLocale: DEFAULT_LANGUAGE,
              locales: Object.fromEntries(SITE_LANGUAGES.map((lang) => [lang, lang])),
            },
          }),
        ]
      : []),
    siteFiles({ site }),
    pagefind(),
    staticHost({ base }),
    drawings(),
    servedTexts(),
    // Last: the new site replaces the output folder only once every step above has succeeded.
    atomicOutput(),
  ],
  devToolbar: { enabled: false },
  experimental: {
    // A page or file whose route gives a cacheKey (a digest of everything it is made from: see
    // ReleaseWithData's key) is copied from the last build when neither the key nor the code it
    // imports changed. The copies are kept in the cache folder (ASTRO_CACHE_DIR), beside the
    // drawings. Astro is pinned: the flag is experimental.
    incrementalBuild: true,
  },
  vite: {
    // Scripts ship as files, never inline: an inlined script keeps Vite's unresolved preload
    // placeholder around the run-time import of `<base>pagefind/pagefind.js`, and a
    // Content-Security-Policy need not allow inline scripts.
    build: {
      // One stylesheet for every page: the site's stylesheets and those beside the components go into
      // one file, fetched once, rather than a file for each set of components a page happens to use.
      // The order inside it does not matter: the cascade layers (src/styles/tokens.css) decide.
      cssCodeSplit: false,
      assetsInlineLimit: 0,
    },
  },
});
