import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { countWords } from '../lib/search/search-vocabulary.ts';
import { dataRecords } from './search-records.ts';
import { isDataPage } from '../lib/data/data-paths.ts';

/** The file beside Pagefind's bundle that lists the words of the indexed text (read by search-ui.ts). */
const VOCABULARY_FILE = 'vocabulary.json';

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
 * The indexed text of every page, read back from the fragments Pagefind wrote (gzip-compressed
 * JSON after a signature), so that the vocabulary holds exactly what can be found.
 */
async function indexedTexts(bundleDir: string): Promise<string[]> {
  const dir = join(bundleDir, 'fragment');
  const files = (await readdir(dir)).filter((file) => file.endsWith('.pf_fragment'));
  return Promise.all(
    files.map(async (file) => {
      const text = gunzipSync(await readFile(join(dir, file))).toString('utf8');
      const json = text.slice(text.indexOf('{'));
      const content = (JSON.parse(json) as { content?: unknown }).content;
      if (typeof content !== 'string') throw new Error(`Pagefind fragment ${file} has no content`);
      return content;
    }),
  );
}

/**
 * Indexes the built site with Pagefind's Node API once the build is done, writing the bundle to
 * `pagefind/` in the output folder, so that it is served from `<base>pagefind/`, with the list of
 * the indexed words beside it. Only elements marked `data-pagefind-body` are indexed: the main
 * content of the overview and topic pages; the data pages are indexed datum by datum.
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
        const { index, errors } = await createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
        try {
          // Only pages that mark their body are given to Pagefind. Pagefind would leave the others
          // out of the index anyway, once any page has a body, but it reads and holds every page it
          // is given: given the whole folder, it takes about twice the memory and processor time.
          let pagesIndexed = 0;
          const records: ReturnType<typeof dataRecords> = [];
          for (const file of htmlFiles(outDir)) {
            const html = await readFile(join(outDir, file), 'utf8');
            if (html.includes(BODY_ATTRIBUTE)) {
              const added = await index.addHTMLFile({ sourcePath: file, content: html });
              if (added.errors.length > 0)
                throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
              pagesIndexed += 1;
            }
            // Each datum of a data page is a record of its own (see search-records.ts), added after the pages.
            const pathname = file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
            if (isDataPage(pathname) && html.includes('data-search-records'))
              records.push(...dataRecords(html, `/${pathname}`));
          }
          for (const record of records) {
            const response = await index.addCustomRecord({ ...record, language: 'en' });
            if (response.errors.length > 0) throw new Error(`Pagefind: ${record.url}: ${response.errors.join('; ')}`);
          }
          const bundleDir = join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundleDir });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          // The words of the text, for telling the reader which words are not in it and what is near.
          const vocabulary = countWords(await indexedTexts(bundleDir));
          await writeFile(join(bundleDir, VOCABULARY_FILE), JSON.stringify(vocabulary));
          logger.info(`Pagefind indexed ${pagesIndexed} pages and ${records.length} data records`);
        } finally {
          await close();
        }
      },
    },
  };
}
