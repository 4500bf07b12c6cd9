import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { searchLanguages, searchVocabulary, type SearchInput } from '../lib/search/search-input.ts';
import { vocabularyFile } from '../lib/search/search-vocabulary.ts';
import { routes } from '../lib/site/routes.ts';

/** The media types of the files of Pagefind's bundle, as the dev server sends them. */
const BUNDLE_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The attribute that marks the part of a page Pagefind indexes. */
const BODY_ATTRIBUTE = 'data-pagefind-body';

/** The HTML files of the built site, as paths relative to it with `/` between folders, in order. */
function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/**
 * The pages given to Pagefind and the pages the search input has the texts of, when they differ:
 * the word list would then not be the index's. Each side lists only what the other lacks.
 */
export function unmatchedPages(
  indexed: readonly string[],
  input: Pick<SearchInput, 'pages'>,
): { notInInput: string[]; notIndexed: string[] } {
  const known = new Set(input.pages.map((page) => page.url));
  const given = new Set(indexed);
  return {
    notInInput: indexed.filter((url) => !known.has(url)),
    notIndexed: [...known].filter((url) => !given.has(url)),
  };
}

/**
 * Indexes the built site with Pagefind's Node API once the build is done, writing the bundle to
 * `pagefind/` in the output folder, so that it is served from `<base>pagefind/`, with the list of
 * the indexed words beside it. Pagefind reads the pages that mark their main content
 * `data-pagefind-body` (the overview and topic pages); the data are given to it datum by datum, as
 * records, and the word list is counted, from the search input the build wrote from the release
 * model (src/pages/search-input.json.ts), which is then removed from the output.
 */
export function pagefind(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      // `npm run dev` builds no index: search there reads the last build's, served from the output
      // folder at the address the built site has it, and the terminal says how old it is.
      'astro:server:setup': ({ server, logger }) => {
        const bundleDir = join(outDir, 'pagefind');
        const shown = relative(process.cwd(), bundleDir) || bundleDir;
        if (existsSync(join(bundleDir, 'pagefind.js'))) {
          const built = statSync(join(bundleDir, 'pagefind.js')).mtime;
          logger.info(
            `search uses the index of the last build (${shown}/, made ${built.toISOString().slice(0, 16).replace('T', ' ')} UTC): run npm run build to search what you changed since`,
          );
        } else {
          logger.warn(`search has no index yet: run npm run build once, then npm run dev again`);
        }
        const prefix = `${base}pagefind/`;
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '');
          if (!path.startsWith(prefix)) return next();
          const file = resolve(bundleDir, path.slice(prefix.length));
          if (!file.startsWith(`${bundleDir}${sep}`) || !existsSync(file) || !statSync(file).isFile()) return next();
          response.setHeader('Content-Type', BUNDLE_TYPES[extname(file)] ?? 'application/octet-stream');
          response.end(readFileSync(file));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The search input is the build's own file (routes.searchInput), not the published site's.
        const inputPath = routes.searchInput.path();
        const inputFile = join(outDir, inputPath);
        if (!existsSync(inputFile)) {
          throw new Error(`${inputPath} is not in the output: the route src/pages/search-input.json.ts writes it`);
        }
        const input = JSON.parse(await readFile(inputFile, 'utf8')) as SearchInput;
        await rm(inputFile);
        // Each page goes to the index of its `<html lang>`, each record to its version's language.
        const { index, errors } = await createIndex();
        if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
        try {
          // Only pages that mark their body are given to Pagefind. Pagefind would leave the others
          // out of the index anyway, once any page has a body, but it reads and holds every page it
          // is given: given the whole folder, it takes about twice the memory and processor time.
          const indexed: string[] = [];
          for (const file of htmlFiles(outDir)) {
            const html = await readFile(join(outDir, file), 'utf8');
            if (!html.includes(BODY_ATTRIBUTE)) continue;
            const added = await index.addHTMLFile({ sourcePath: file, content: html });
            if (added.errors.length > 0)
              throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            indexed.push(`/${file.replace(/(^|\/)index\.html$/u, '$1')}`);
          }
          const { notInInput, notIndexed } = unmatchedPages(indexed, input);
          if (notInInput.length + notIndexed.length > 0) {
            throw new Error(
              [
                ...notInInput.map(
                  (url) => `${url}: marks data-pagefind-body, but the search input has no texts for it`,
                ),
                ...notIndexed.map(
                  (url) => `${url}: the search input has its texts, but no page marks data-pagefind-body`,
                ),
              ].join('\n'),
            );
          }
          // Each datum of a data page is a record of its own, added after the pages.
          for (const record of input.records) {
            const response = await index.addCustomRecord(record);
            if (response.errors.length > 0) throw new Error(`Pagefind: ${record.url}: ${response.errors.join('; ')}`);
          }
          const bundleDir = join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundleDir });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          // The words of the text, for telling the reader which words are not in it and what is near.
          for (const lang of searchLanguages(input)) {
            await writeFile(join(bundleDir, vocabularyFile(lang)), JSON.stringify(searchVocabulary(input, lang)));
          }
          logger.info(`Pagefind indexed ${indexed.length} pages and ${input.records.length} data records`);
        } finally {
          await close();
        }
      },
    },
  };
}
