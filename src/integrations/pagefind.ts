import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { countWords } from '../lib/search/search-vocabulary';
import { dataRecords } from './search-records';
import { isDataPage } from '../lib/data/data-paths';

/** The file beside Pagefind's bundle that lists the words of the indexed text (read by search-ui.ts). */
const VOCABULARY_FILE = 'vocabulary.json';

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
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          // Each datum of a data page is a record of its own (see search-records.ts); only the data
          // pages can hold records, so no other page is read again.
          let records = 0;
          for (const { pathname } of pages.filter((page) => isDataPage(page.pathname))) {
            const html = await readFile(join(outDir, pathname, 'index.html'), 'utf8').catch(() => '');
            if (!html.includes('data-search-records')) continue;
            for (const record of dataRecords(html, `/${pathname}`)) {
              const response = await index.addCustomRecord({ ...record, language: 'en' });
              if (response.errors.length > 0) throw new Error(`Pagefind: ${record.url}: ${response.errors.join('; ')}`);
              records += 1;
            }
          }
          const bundleDir = join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundleDir });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          // The words of the text, for telling the reader which words are not in it and what is near.
          const vocabulary = countWords(await indexedTexts(bundleDir));
          await writeFile(join(bundleDir, VOCABULARY_FILE), JSON.stringify(vocabulary));
          logger.info(`Pagefind indexed ${added.page_count} pages and ${records} data records`);
        } finally {
          await close();
        }
      },
    },
  };
}
