import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { lexicon, vocabularyFile, type Lexicon, type Vocabulary } from '../../src/lib/search/search-vocabulary.ts';
import { wordRules } from '../../src/lib/search/search-languages.ts';
import { searchText, type SearchAnswer, type SearchEngine } from '../../src/lib/search/search-results.ts';

export interface SearchHit {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface PagefindModule {
  options(options: { basePath?: string; baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<SearchHit> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** What Pagefind stored of a page or record: its address, indexed text, metadata and filters. */
export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Every page and record of a built index as Pagefind stored it, read from its fragment files
 * (gzip-compressed JSON after a signature), in address order: what the index holds, whatever the
 * build meant to give it.
 */
export function pagefindFragments(siteDir: string): PagefindFragment[] {
  const dir = join(siteDir, 'pagefind/fragment');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.pf_fragment'))
    .map((file) => {
      const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as PagefindFragment;
    })
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * Loads a built Pagefind bundle in Node, as a browser would from `<base>pagefind/`: `fetch` is
 * replaced for the bundle's own files by reads from the output folder.
 */
export async function loadPagefind(
  siteDir: string,
  base = '/',
  /** The index of a language, as a page in that language (`<html lang>`) would load it. */
  lang = 'en',
): Promise<{
  search: (query: string, filters?: Record<string, string>) => Promise<SearchHit[]>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** The bundle itself, for the search module the browser uses. */
  engine: SearchEngine;
  /** The vocabulary the build wrote beside the bundle. */
  lexicon: Lexicon;
  /** What the reader is shown for a query: the search module the browser runs. */
  ask: (query: string, topic?: string) => Promise<SearchAnswer>;
}> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://localhost').pathname;
    if (!path.startsWith(`${base}pagefind/`)) return realFetch(input);
    return new Response(await readFile(join(siteDir, path.slice(base.length))));
  };
  // A query string gives each site its own module instance.
  const moduleUrl = `${pathToFileURL(join(siteDir, 'pagefind/pagefind.js')).href}?site=${encodeURIComponent(siteDir)}`;
  const moduleLanguage = `${moduleUrl}&lang=${lang}`;
  const pagefind = (await import(moduleLanguage)) as PagefindModule;
  // Pagefind picks its index by the page's `<html lang>`, read once, when it starts.
  const page = globalThis as { document?: unknown };
  page.document = { querySelector: () => ({ getAttribute: (name: string) => (name === 'lang' ? lang : null) }) };
  try {
    await pagefind.options({ basePath: `${base}pagefind/`, baseUrl: base });
    await pagefind.init();
  } finally {
    delete page.document;
  }
  const engine = pagefind as unknown as SearchEngine;
  const words = lexicon(
    JSON.parse(await readFile(join(siteDir, 'pagefind', vocabularyFile(lang)), 'utf8')) as Vocabulary,
    await wordRules(lang),
  );
  return {
    search: async (query, filters) => {
      const response = await pagefind.search(query, filters ? { filters } : {});
      return Promise.all(response.results.map((result) => result.data()));
    },
    filters: () => pagefind.filters(),
    engine,
    lexicon: words,
    ask: (query, topic) => searchText(engine, words, query, topic),
  };
}
