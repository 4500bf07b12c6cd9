/**
 * The scale benchmark: builds the real site, then synthetic sites of growing size, and prints
 * what each build cost. `npm run bench -- --help` lists the options.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { folderSize, measuredBuild, projectRoot, type BuildMeasure } from './lib/measured-build.ts';
import { writeSyntheticReleases, type LabelMode } from './lib/synthetic-releases.ts';
import { formatTable } from './lib/table.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '100,1000,5000' },
    labels: { type: 'string', default: 'shared' },
    runs: { type: 'string', default: '1' },
    'no-real': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`npm run bench -- [options]
  --pages 100,1000,5000   sizes of the synthetic sites, in pages
  --labels shared|unique  topic labels from a shared list (default) or a new one per topic
  --runs 1                builds per size; the table shows the fastest
  --no-real               leave out the real site
  --keep                  keep the generated content and builds (their folder is printed)
  --markdown              print the table as Markdown`);
  process.exit(0);
}

const sizes = values.pages.split(',').map((n) => Number(n.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 7)) throw new Error('--pages: give whole numbers of at least 7');
if (values.labels !== 'shared' && values.labels !== 'unique') throw new Error('--labels: shared or unique');
const labels: LabelMode = values.labels;
const runs = Number(values.runs);

interface Row {
  site: string;
  pages: number;
  mdxBytes: number;
  filterOptions: number;
  build: BuildMeasure;
  pagefindBytes: number;
  distBytes: number;
  /** Median gzipped size of a topic page's HTML: what of a page's weight could grow with the site. */
  topicPageGzipBytes: number;
  /** The home page's HTML, gzipped: it lists every release. */
  homeGzipBytes: number;
  /** The one-minute load average before and after the build: other work on the machine. */
  load: [number, number];
}

const work = mkdtempSync(join(tmpdir(), 'site-bench-'));
// Builds go inside the project: Astro writes its page-rendering code into the output folder
// when that is under the working directory, and into the project's shared `.astro/` otherwise.
mkdirSync(join(projectRoot, 'node_modules/.cache'), { recursive: true });
const builds = mkdtempSync(join(projectRoot, 'node_modules/.cache/site-bench-'));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
  );
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Builds a content folder `runs` times from a cold cache, keeping the fastest run. */
async function measure(
  site: string,
  contentDir: string | undefined,
  meta: { pages: number | undefined; mdxBytes: number; filterOptions: number },
): Promise<Row> {
  let best: { build: BuildMeasure; outDir: string; load: [number, number] } | undefined;
  for (let run = 0; run < runs; run += 1) {
    const outDir = join(builds, `${site.replace(/\W+/gu, '-')}-dist-${run}`);
    // A fresh cache each time: the benchmark measures a build from nothing, as CI makes it.
    const cacheDir = join(builds, `cache-${site.replace(/\W+/gu, '-')}-${run}`);
    const env: Record<string, string> = { OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir };
    if (contentDir) env['CONTENT_DIR'] = contentDir;
    const before = loadavg()[0] ?? 0;
    const build = await measuredBuild(env);
    rmSync(cacheDir, { recursive: true, force: true });
    if (!best || build.totalMs < best.build.totalMs) {
      if (best) rmSync(best.outDir, { recursive: true, force: true });
      best = { build, outDir, load: [before, loadavg()[0] ?? 0] };
    } else {
      rmSync(outDir, { recursive: true, force: true });
    }
  }
  if (!best) throw new Error('no run');
  const { build, outDir, load } = best;
  const pages = htmlFiles(outDir);
  // The generated content's pages (home, 404, overviews, topics, full texts) must all be there;
  // the site adds its own (search, each release's data and citation pages) around them.
  const contentPages = pages.filter((page) => !/(^search\/|\/data\/)/u.test(page));
  if (meta.pages !== undefined && contentPages.length !== meta.pages) {
    throw new Error(`${site}: ${contentPages.length} content pages built, ${meta.pages} expected`);
  }
  const gzipSize = (page: string): number => gzipSync(readFileSync(join(outDir, page)), { level: 6 }).length;
  const topicPages = pages.filter((page) => /^releases\/[^/]+\/(?!full-text\/|data\/)[^/]+\/index\.html$/u.test(page));
  return {
    site,
    pages: pages.length,
    mdxBytes: meta.mdxBytes,
    filterOptions: meta.filterOptions,
    build,
    load,
    pagefindBytes: folderSize(join(outDir, 'pagefind')).bytes,
    distBytes: folderSize(outDir).bytes,
    topicPageGzipBytes: median(topicPages.map(gzipSize)),
    homeGzipBytes: gzipSize('index.html'),
  };
}

const rows: Row[] = [];
try {
  if (!values['no-real']) {
    const real = join(projectRoot, 'content/releases');
    const mdxBytes = readdirSync(real, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mdx'))
      .reduce((sum, file) => sum + statSync(join(real, file)).size, 0);
    const labelsInReal = new Set(
      readdirSync(real, { recursive: true, encoding: 'utf8' })
        .filter((file) => /topics\/[^/]+\.mdx$/u.test(file))
        .map((file) => /^label: (.*)$/mu.exec(readFileSync(join(real, file), 'utf8'))?.[1]),
    );
    console.error('building the real site…');
    rows.push(
      await measure('real site', undefined, { pages: undefined, mdxBytes, filterOptions: labelsInReal.size + 1 }),
    );
  }
  for (const target of sizes) {
    const contentDir = join(work, `content-${target}`);
    const synthetic = writeSyntheticReleases(contentDir, { pages: target, labels });
    console.error(`building ${synthetic.pages} pages (${synthetic.releases} releases, ${synthetic.topics} topics)…`);
    rows.push(
      await measure(`synthetic ${target}`, contentDir, {
        pages: synthetic.pages,
        mdxBytes: synthetic.mdxBytes,
        filterOptions: synthetic.labels,
      }),
    );
  }
} finally {
  if (values.keep) console.error(`kept: ${work} (content), ${builds} (builds)`);
  else for (const dir of [work, builds]) rmSync(dir, { recursive: true, force: true });
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 2 : 1)} MB`;
const s = (ms: number | undefined): string => (ms === undefined ? '?' : `${(ms / 1000).toFixed(2)} s`);
const perPage = (ms: number, pages: number): string => `${(ms / pages).toFixed(2)} ms`;

const synthetic = rows.filter((row) => row.site !== 'real site');
const style = values.markdown ? 'markdown' : 'text';
// The cost of each page added since the next smaller site: fixed start-up costs cancel out.
const marginal = (row: Row, cost: (row: Row) => number | undefined): string => {
  const previous = synthetic[synthetic.indexOf(row) - 1];
  const [now, before] = [cost(row), previous && cost(previous)];
  return previous && now !== undefined && before !== undefined && row.pages > previous.pages
    ? perPage(now - before, row.pages - previous.pages)
    : '';
};
const timeTable = formatTable(
  [
    'site',
    'pages',
    'build',
    'per page',
    'added page',
    'CPU time',
    'CPU per added page',
    'content',
    'bundle',
    'render',
    'Pagefind',
    'peak memory',
    'load before/after',
  ],
  rows.map((row) => [
    row.site,
    String(row.pages),
    s(row.build.totalMs),
    perPage(row.build.totalMs, row.pages),
    marginal(row, (r) => r.build.totalMs),
    s(row.build.cpuMs),
    marginal(row, (r) => r.build.cpuMs),
    s(row.build.phases.content),
    s(row.build.phases.bundle),
    s(row.build.phases.render),
    s(row.build.phases.pagefind),
    mb(row.build.peakRssBytes),
    `${row.load[0].toFixed(1)}/${row.load[1].toFixed(1)}`,
  ]),
  style,
);
const sizeTable = formatTable(
  [
    'site',
    'pages',
    'MDX',
    'Pagefind index',
    'dist',
    'dist per page',
    'filter options',
    'topic page gzip',
    'home page gzip',
  ],
  rows.map((row) => [
    row.site,
    String(row.pages),
    mb(row.mdxBytes),
    mb(row.pagefindBytes),
    mb(row.distBytes),
    kb(row.distBytes / row.pages),
    String(row.filterOptions),
    kb(row.topicPageGzipBytes),
    kb(row.homeGzipBytes),
  ]),
  style,
);

const cpu = /model name\s*:\s*(.*)/u.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
console.log(
  `${cpus().length} × ${cpu}, ${(totalmem() / 1024 ** 3).toFixed(1)} GB memory, Node ${process.version}, labels: ${labels}, best of ${runs}`,
);
console.log(`${timeTable}\n\n${sizeTable}`);

// The aims kept in budgets.json, checked against this run; the machine decides, so they only print.
const { bench } = JSON.parse(readFileSync(join(projectRoot, 'budgets.json'), 'utf8')) as {
  bench: { buildMsAt1000Pages: number; peakMemoryBytesAt5000Pages: number };
};
const near = (pages: number): Row | undefined => synthetic.find((row) => Math.abs(row.pages - pages) / pages < 0.05);
const at1000 = near(1000);
const at5000 = near(5000);
if (at1000) {
  const ok = at1000.build.totalMs <= bench.buildMsAt1000Pages;
  console.log(
    `${ok ? 'met' : 'MISSED'}: 1,000 pages in ${s(at1000.build.totalMs)} (aim: under ${s(bench.buildMsAt1000Pages)})`,
  );
}
if (at5000) {
  const ok = at5000.build.peakRssBytes <= bench.peakMemoryBytesAt5000Pages;
  console.log(
    `${ok ? 'met' : 'MISSED'}: peak memory at 5,000 pages ${mb(at5000.build.peakRssBytes)} (aim: under ${mb(bench.peakMemoryBytesAt5000Pages)})`,
  );
}
