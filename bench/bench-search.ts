// Search benchmark, against the built site. First, in Node, the relevance set of each language
// through the search the browser runs and through Pagefind alone: first paragraph hit, mean
// reciprocal rank, false hits, unfair highlights, misspellings offered the word. English
// (tests/relevance/questions.yaml) on the built site; Russian and Kazakh (questions-ru.yaml,
// questions-kk.yaml) on the invented release in three languages (tests/fixtures/three-languages),
// built here beside the real content into a temporary folder. Then, in headless
// Chromium, how long from opening the search to the first results, and how many bytes each query
// fetches. Run `npm run bench:search` (it builds first). Prints tables; it measures, it does not
// pass or fail (tests/build/search-relevance.test.ts does).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, chromiumPath } from '../tests/helpers/browser.ts';
import { loadPagefind } from '../tests/helpers/pagefind.ts';
import { pagefindAloneAnswer } from '../tests/helpers/pagefind-alone.ts';
import { measureRelevance, type RelevanceReport } from '../tests/helpers/relevance.ts';
import { serveStatic } from '../tests/helpers/serve.ts';

const siteDir = resolve(process.argv[2] ?? 'dist');
const queries = [
  'heroin',
  'Ministry of Justice',
  'stolen funds recovered',
  'synthetic drugs',
  '17%',
  'asets',
  'Kozhamzharov',
  'border',
  'first half of 2019',
];
const runs = 5;

if (!existsSync(`${siteDir}/pagefind/pagefind.js`)) {
  console.error(`No built site with a search index in ${siteDir}: run npm run build first.`);
  process.exit(1);
}
if (!existsSync(chromiumPath)) {
  console.error(`No Chromium at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH.`);
  process.exit(1);
}

interface Sample {
  query: string;
  ms: number;
  bytes: number;
  gzip: number;
  requests: number;
}

/**
 * Builds the real content with the invented release in three languages into a temporary folder,
 * as `npm run bench:search` builds the real site (`astro build`), its texts pinned first as an
 * editor pins them (`npm run pin-texts`); returns the output folder and a function removing both.
 */
function buildThreeLanguages(): { outDir: string; remove: () => void } {
  const projectRoot = resolve(import.meta.dirname, '..');
  const contentDir = mkdtempSync(join(tmpdir(), 'search-bench-content-'));
  cpSync(join(projectRoot, 'content/releases'), contentDir, { recursive: true });
  cpSync(join(projectRoot, 'tests/fixtures/three-languages'), contentDir, { recursive: true });
  // Inside the project: Astro writes its page-rendering code into the output folder only there.
  mkdirSync(join(projectRoot, 'node_modules/.cache'), { recursive: true });
  const builds = mkdtempSync(join(projectRoot, 'node_modules/.cache/search-bench-'));
  const remove = (): void => {
    rmSync(contentDir, { recursive: true, force: true });
    rmSync(builds, { recursive: true, force: true });
  };
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    OUT_DIR: join(builds, 'dist'),
    ASTRO_CACHE_DIR: join(builds, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  for (const args of [
    [join(projectRoot, 'scripts/pin-texts.ts')],
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'],
  ]) {
    const run = spawnSync(process.execPath, args, { cwd: projectRoot, env, encoding: 'utf8' });
    if (run.status !== 0) {
      remove();
      throw new Error(`${args.join(' ')} failed on the three-language content:\n${run.stdout}${run.stderr}`);
    }
  }
  return { outDir: env.OUT_DIR, remove };
}

// Relevance, in Node, on the same bundle and with the same search module as the browser, and with
// Pagefind alone, each language on its own index.
const percent = (part: number, whole: number): string => `${part} of ${whole} (${Math.round((part / whole) * 100)} %)`;
const relevanceRow = (name: string, report: RelevanceReport): string =>
  `| ${name} | ${report.questions} | ${percent(report.firstRight, report.questions)} | ${report.meanReciprocalRank.toFixed(2)} | ${report.falseHits} | ${report.unfairHighlights} | ${report.typosSuggested} |`;
const relevance: { lang: string; set: string; site: string; checked: RelevanceReport; alone: RelevanceReport }[] = [];
async function measureLanguage(lang: string, site: string): Promise<void> {
  const { engine, lexicon } = await loadPagefind(site, '/', lang);
  const checked = await measureRelevance(engine, lexicon);
  const alone = await measureRelevance(engine, lexicon, undefined, (e, words, text) =>
    pagefindAloneAnswer(e, text, words.rules),
  );
  const set = lang === 'en' ? 'questions.yaml, the real release' : `questions-${lang}.yaml, the invented release`;
  relevance.push({ lang, set, site, checked, alone });
}
await measureLanguage('en', siteDir);
const threeLanguages = buildThreeLanguages();
try {
  for (const lang of ['ru', 'kk']) await measureLanguage(lang, threeLanguages.outDir);
} finally {
  threeLanguages.remove();
}
console.log("\nRelevance sets (tests/relevance/), each on its language's index\n");
console.log(
  '| language, search | questions | first paragraph hit right | mean reciprocal rank | false hits (must be 0) | unfair highlights (must be 0) | misspellings offered the word |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const { lang, checked, alone } of relevance) {
  console.log(relevanceRow(`${lang}, checked word by word (the site)`, checked));
  console.log(relevanceRow(`${lang}, Pagefind alone (before)`, alone));
}
for (const { lang, set, checked } of relevance)
  for (const outcome of checked.outcomes.filter((o) => !o.firstRight || (o.reciprocalRank ?? 1) < 1))
    console.log(
      `  missed (${lang}, ${set}): "${outcome.question.q}" → ${outcome.paragraphs.slice(0, 3).join(', ') || 'nothing'} (answer: ${String(outcome.question.answer)})`,
    );

const gzipSizes = new Map<string, number>();
/** The size of a served file as a host that compresses with gzip would send it. */
function gzipSize(path: string): number {
  let size = gzipSizes.get(path);
  if (size === undefined) {
    const body = readFileSync(join(siteDir, path));
    // Pagefind's index files are compressed already; a host sends them as they are.
    size = /\.pf_|\.pagefind$/u.test(path) ? body.length : gzipSync(body, { level: 6 }).length;
    gzipSizes.set(path, size);
  }
  return size;
}

const isSearchPath = (path: string): boolean => /\/pagefind\/|\/_astro\/search/u.test(path);

/** Bytes of search code and index among responses (the page's own search opener excluded). */
const searchBytes = (responses: { path: string; bytes: number }[]): number =>
  responses.filter((r) => isSearchPath(r.path) && !/SearchButton/u.test(r.path)).reduce((sum, r) => sum + r.bytes, 0);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const server = await serveStatic(siteDir);
const browser = await launchBrowser();
const cold: { openMs: number; firstMs: number; bytes: number; gzip: number; requests: number }[] = [];
const warm: Sample[] = [];
const firstPageBytes: number[] = [];

try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    server.responses.length = 0;
    await page.goto(`${server.url}releases/2019-01-28-stolen-assets-and-drug-trafficking/`);
    await page.waitForLoadState('networkidle');
    firstPageBytes.push(searchBytes(server.responses));
    // Each query: set the text, then time until the status line reports it. Bytes are counted by
    // the server, as Pagefind fetches part of its index from a worker.
    const measure = async (query: string, openFirst: boolean) => {
      const before = server.responses.length;
      const timing = await page.evaluate(
        async ({ query, openFirst }) => {
          const status = document.querySelector<HTMLElement>('#search-status');
          const input = document.querySelector<HTMLInputElement>('#search-input');
          if (!status || !input) throw new Error('no search on the page');
          const start = performance.now();
          let opened = start;
          if (openFirst) {
            document.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
            opened = performance.now();
          }
          await new Promise<void>((done) => {
            const observer = new MutationObserver(() => {
              if (status.dataset['query'] === query) {
                observer.disconnect();
                done();
              }
            });
            observer.observe(status, { attributes: true, attributeFilter: ['data-query'] });
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          });
          return { openMs: opened - start, ms: performance.now() - start };
        },
        { query, openFirst },
      );
      await page.waitForLoadState('networkidle');
      const fetched = server.responses.slice(before).filter((r) => isSearchPath(r.path));
      return {
        ...timing,
        bytes: fetched.reduce((sum, r) => sum + r.bytes, 0),
        gzip: fetched.reduce((sum, r) => sum + gzipSize(r.path), 0),
        requests: fetched.length,
      };
    };
    const [first, ...rest] = queries;
    const opening = await measure(first ?? 'heroin', true);
    cold.push({
      openMs: opening.openMs,
      firstMs: opening.ms,
      bytes: opening.bytes,
      gzip: opening.gzip,
      requests: opening.requests,
    });
    for (const query of rest) warm.push({ query, ...(await measure(query, false)) });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `\nSearch benchmark: ${siteDir}, ${runs} runs, medians (Chromium headless, loopback server, no compression)\n`,
);
console.log('| step | time to results | fetched | fetched, gzip | requests |');
console.log('| --- | ---: | ---: | ---: | ---: |');
console.log(`| page load (before search is opened) | n/a | ${kb(median(firstPageBytes))} | | n/a |`);
console.log(
  `| open search + first query ("${queries[0]}") | ${median(cold.map((c) => c.firstMs)).toFixed(0)} ms | ${kb(median(cold.map((c) => c.bytes)))} | ${kb(median(cold.map((c) => c.gzip)))} | ${median(cold.map((c) => c.requests))} |`,
);
for (const query of queries.slice(1)) {
  const samples = warm.filter((sample) => sample.query === query);
  console.log(
    `| later query "${query}" | ${median(samples.map((s) => s.ms)).toFixed(0)} ms | ${kb(median(samples.map((s) => s.bytes)))} | ${kb(median(samples.map((s) => s.gzip)))} | ${median(samples.map((s) => s.requests))} |`,
  );
}
console.log('\nTimes include the 30 ms that merges a burst of keystrokes; later queries run on the loaded index.');
const firstBytes = median(cold.map((c) => c.gzip));
const slowest = Math.max(
  ...queries.slice(1).map((query) => median(warm.filter((s) => s.query === query).map((s) => s.ms))),
);
console.log(
  `Aims: first query under 100 KB fetched (gzip): ${kb(firstBytes)}, ${firstBytes < 100 * 1024 ? 'met' : 'NOT met'}; ` +
    `later queries under 60 ms: slowest median ${slowest.toFixed(0)} ms, ${slowest < 60 ? 'met' : 'NOT met'}.`,
);
