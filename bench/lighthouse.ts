/**
 * Lighthouse on the built site, mobile preset: the home page, a topic page and a release's full
 * text, served on localhost with gzip. Prints the four category scores and, for any below its
 * aim in budgets.json, the audits that cost points. `npm run lighthouse -- --help` for options.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parseHTML } from 'linkedom';
import { serveStatic } from '../tests/helpers/serve.ts';
import { formatTable } from '../tests/helpers/table.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '1' },
    lang: { type: 'string', default: '' },
    markdown: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(`npm run lighthouse -- [site folder, default dist] [options]
  --runs 1      runs per page; the table shows each category's median
  --lang ru     audit the pages in that language (its home page /ru/ and the pages it links to)
  --markdown    print the table as Markdown
The site is served at BASE_PATH (default /). Chromium: CHROMIUM_PATH or /usr/bin/chromium.`);
  process.exit(0);
}

const projectRoot = resolve(import.meta.dirname, '..');
const siteDir = resolve(positionals[0] ?? join(projectRoot, 'dist'));
if (!existsSync(join(siteDir, 'index.html')))
  throw new Error(`${siteDir} holds no built site: run npm run build first`);
const segments = (process.env['BASE_PATH'] ?? '/').split('/').filter((part) => part !== '');
const base = segments.length === 0 ? '/' : `/${segments.join('/')}/`;
const chromePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const runs = Math.max(1, Number(values.runs));

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];
const aims = (
  JSON.parse(readFileSync(join(projectRoot, 'budgets.json'), 'utf8')) as { lighthouse: Record<Category, number> }
).lighthouse;

// The pages to audit, found from the home page's own links (the language's home page, with
// --lang): the newest release's first topic and its full text.
const language = values.lang === '' ? '' : `${values.lang}/`;
const home = parseHTML(readFileSync(join(siteDir, language, 'index.html'), 'utf8')).document;
const topic = home.querySelector('.release-next a')?.getAttribute('href');
const fullText = home.querySelector('a[href$="/full-text/"]')?.getAttribute('href');
if (!topic || !fullText) throw new Error('the home page links to no topic or no full text');
const pages = [
  { name: 'home', path: `${base}${language}` },
  { name: 'topic', path: topic },
  { name: 'full text', path: fullText },
];

const server = await serveStatic(siteDir, base, { compress: true });

interface PageResult {
  name: string;
  path: string;
  scores: Record<Category, number>;
  metrics: Record<string, string>;
  losses: string[];
}

const median = (list: number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;

const results: PageResult[] = [];
try {
  for (const page of pages) {
    const url = new URL(page.path, server.url).href;
    const runScores: Record<Category, number>[] = [];
    let metrics: Record<string, string> = {};
    const losses = new Set<string>();
    for (let run = 0; run < runs; run += 1) {
      // A new browser, with a new profile, for each run: every run is a first visit, with
      // nothing cached from the page before (not even a missing icon).
      const chrome = await launch({
        chromePath,
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
      });
      // Lighthouse's default configuration is the mobile preset: a phone's screen, a slow
      // network and a slow processor, simulated.
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      }).finally(() => chrome.kill());
      if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(
        categories.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
      runScores.push(scores);
      const audit = (id: string): string => lhr.audits[id]?.displayValue ?? '?';
      metrics = {
        FCP: audit('first-contentful-paint'),
        LCP: audit('largest-contentful-paint'),
        TBT: audit('total-blocking-time'),
        CLS: audit('cumulative-layout-shift'),
      };
      // What costs points: weighted audits that did not pass.
      for (const category of categories) {
        for (const ref of lhr.categories[category]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            // Which items failed, where Lighthouse lists them (console errors, failing elements).
            const details = audit.details as { items?: Record<string, unknown>[] } | undefined;
            const items = (details?.items ?? [])
              .slice(0, 3)
              .map((item) =>
                [
                  item['description'] ?? (item['node'] as { snippet?: string } | undefined)?.snippet,
                  item['url'] ?? (item['sourceLocation'] as { url?: string } | undefined)?.url,
                ]
                  .filter((part) => part !== undefined && part !== '')
                  .join(': '),
              )
              .filter((text) => text !== '');
            losses.add(
              `${category}: ${audit.title} (${ref.id}, score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''})` +
                items.map((item) => `\n      ${item}`).join(''),
            );
          }
        }
      }
    }
    const scores = Object.fromEntries(
      categories.map((category) => [category, median(runScores.map((s) => s[category]))]),
    ) as Record<Category, number>;
    results.push({ name: page.name, path: page.path, scores, metrics, losses: [...losses] });
  }
} finally {
  await server.close();
}

const version = (
  JSON.parse(readFileSync(join(projectRoot, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }
).version;
console.log(`Lighthouse ${version}, mobile preset, headless Chromium (${chromePath}), ${runs} run(s) per page`);
console.log(
  formatTable(
    ['page', 'path', 'Performance', 'Accessibility', 'Best Practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
    results.map((r) => [
      r.name,
      r.path,
      ...categories.map((category) => String(r.scores[category])),
      r.metrics['FCP'] ?? '?',
      r.metrics['LCP'] ?? '?',
      r.metrics['TBT'] ?? '?',
      r.metrics['CLS'] ?? '?',
    ]),
    values.markdown ? 'markdown' : 'text',
  ),
);

let missed = false;
for (const result of results) {
  const below = categories.filter((category) => result.scores[category] < aims[category]);
  if (below.length === 0 && result.losses.length === 0) continue;
  missed ||= below.length > 0;
  console.log(
    `\n${result.name} (${result.path}): ${below.length > 0 ? `below the aim in ${below.join(', ')}` : 'at the aim'}`,
  );
  for (const loss of result.losses) console.log(`  - ${loss}`);
}
if (missed) process.exitCode = 1;
