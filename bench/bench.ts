/**
 * The scale benchmark: builds the real site, then synthetic sites of growing size, and prints
 * what each build cost. `npm run bench -- --help` lists the options.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { folderSize, measuredBuild, projectRoot, type BuildMeasure } from './lib/measured-build.ts';
import { writeSyntheticReleases, type LabelMode } from '../tests/helpers/synthetic-releases.ts';
import { formatTable } from '../tests/helpers/table.ts';
import { writePins } from '../src/lib/text/official-texts.ts';

const { values } = parseArgs({
  // --no-warm and --no-real turn the boolean options off.
  allowNegative: true,
  options: {
    pages: { type: 'string', default: '300,1000,3000' },
    warm: { type: 'boolean', default: true },
    labels: { type: 'string', default: 'shared' },
    runs: { type: 'string', default: '1' },
    real: { type: 'boolean', default: true },
    keep: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`npm run bench -- [options]
  --pages 300,1000,3000   sizes of the synthetic sites, in content pages
  --no-warm               leave out the warm build after each cold one
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
  /** Every HTML page built, the site's own (search, data and citation pages) included. */
  pages: number;
  /** The content's pages: home, 404, and each release's overview, full text and topics. */
  contentPages: number;
  mdxBytes: number;
  filterOptions: number;
  build: BuildMeasure;
  /** `npm run check` on the same content: every content check, no page built. */
  checkMs: number;
  pagefindBytes: number;
  distBytes: number;
  /** Median gzipped size of a topic page's HTML: what of a page's weight could grow with the site. */
  topicPageGzipBytes: number;
  /** The home page's HTML, gzipped: it lists every release. */
  homeGzipBytes: number;
  /** The one-minute load average before and after the build: other work on the machine. */
  load: [number, number];
  /** The same content with one release added, built again on the cold build's cache. */
  warm?: { build: BuildMeasure; load: [number, number]; addedPages: number } | undefined;
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

/** Adds one release, newer than the rest, to a content folder; returns the folder it wrote. */
function addOneRelease(contentDir: string): { dir: string; pages: number } {
  const before = new Set(readdirSync(contentDir));
  // Seven pages: home and 404 are counted by the generator, so one release of up to five topics.
  const added = writeSyntheticReleases(contentDir, { pages: 3, seed: 7, newest: new Date(Date.UTC(2026, 0, 15)) });
  const dir = readdirSync(contentDir).find((name) => !before.has(name));
  if (added.releases !== 1 || dir === undefined) throw new Error('adding one release did not write one');
  return { dir: join(contentDir, dir), pages: added.pages - 2 };
}

/** The wall time of `npm run check` on a content folder (the real one when undefined); it must pass. */
function timedCheck(contentDir: string | undefined): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/check.ts')], {
    cwd: projectRoot,
    env: { ...process.env, ...(contentDir ? { CONTENT_DIR: contentDir } : {}) },
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`npm run check failed on ${contentDir ?? 'the real content'}:\n${run.stderr}`);
  return ms;
}

/**
 * Builds a content folder `runs` times from a cold cache, keeping the fastest run; then, on that
 * run's cache, adds one release and builds again: what a press office's next build costs.
 */
async function measure(
  site: string,
  contentDir: string | undefined,
  meta: { pages: number | undefined; mdxBytes: number; filterOptions: number },
  warm: boolean,
): Promise<Row> {
  const checkMs = timedCheck(contentDir);
  let best: { build: BuildMeasure; outDir: string; cacheDir: string; load: [number, number] } | undefined;
  for (let run = 0; run < runs; run += 1) {
    const outDir = join(builds, `${site.replace(/\W+/gu, '-')}-dist-${run}`);
    // A fresh cache each time: the cold build starts from nothing, as CI makes it.
    const cacheDir = join(builds, `cache-${site.replace(/\W+/gu, '-')}-${run}`);
    rmSync(cacheDir, { recursive: true, force: true });
    const env: Record<string, string> = { OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir };
    if (contentDir) env['CONTENT_DIR'] = contentDir;
    const before = loadavg()[0] ?? 0;
    const build = await measuredBuild(env);
    if (!best || build.totalMs < best.build.totalMs) {
      if (best) rmSync(best.outDir, { recursive: true, force: true });
      if (best) rmSync(best.cacheDir, { recursive: true, force: true });
      best = { build, outDir, cacheDir, load: [before, loadavg()[0] ?? 0] };
    } else {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }
  if (!best) throw new Error('no run');
  const { build, outDir, cacheDir, load } = best;
  const pages = htmlFiles(outDir);
  // The generated content's pages (home, 404, overviews, topics, full texts) must all be there;
  // the site adds its own (search, about, each release's data and citation pages) around them.
  const contentPages = pages.filter((page) => !/(^search\/|^about\/|\/data\/)/u.test(page));
  if (meta.pages !== undefined && contentPages.length !== meta.pages) {
    throw new Error(`${site}: ${contentPages.length} content pages built, ${meta.pages} expected`);
  }
  const gzipSize = (page: string): number => gzipSync(readFileSync(join(outDir, page)), { level: 6 }).length;
  const topicPages = pages.filter((page) => /^releases\/[^/]+\/(?!full-text\/|data\/)[^/]+\/index\.html$/u.test(page));
  const row: Row = {
    site,
    pages: pages.length,
    contentPages: contentPages.length,
    mdxBytes: meta.mdxBytes,
    filterOptions: meta.filterOptions,
    build,
    checkMs,
    load,
    pagefindBytes: folderSize(join(outDir, 'pagefind')).bytes,
    distBytes: folderSize(outDir).bytes,
    topicPageGzipBytes: median(topicPages.map(gzipSize)),
    homeGzipBytes: gzipSize('index.html'),
  };
  if (warm && contentDir) {
    const added = addOneRelease(contentDir);
    console.error(`  and again with one release (${added.pages} pages) added, on the same cache…`);
    const before = loadavg()[0] ?? 0;
    const warmBuild = await measuredBuild({ OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, CONTENT_DIR: contentDir });
    row.warm = { build: warmBuild, load: [before, loadavg()[0] ?? 0], addedPages: added.pages };
    rmSync(added.dir, { recursive: true, force: true });
    writePins(contentDir);
  }
  rmSync(cacheDir, { recursive: true, force: true });
  return row;
}

const rows: Row[] = [];
try {
  if (values.real) {
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
      await measure(
        'real site',
        undefined,
        { pages: undefined, mdxBytes, filterOptions: labelsInReal.size + 1 },
        false,
      ),
    );
  }
  for (const target of sizes) {
    const contentDir = join(work, `content-${target}`);
    const synthetic = writeSyntheticReleases(contentDir, { pages: target, labels });
    console.error(`building ${synthetic.pages} pages (${synthetic.releases} releases, ${synthetic.topics} topics)…`);
    rows.push(
      await measure(
        `synthetic ${target}`,
        contentDir,
        {
          pages: synthetic.pages,
          mdxBytes: synthetic.mdxBytes,
          filterOptions: synthetic.labels,
        },
        values.warm,
      ),
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
// The cost of each content page added since the next smaller site (the real site counts as the
// smallest): fixed start-up costs cancel out.
const marginal = (row: Row, cost: (row: Row) => number | undefined): string => {
  const previous = rows[rows.indexOf(row) - 1];
  const [now, before] = [cost(row), previous && cost(previous)];
  return previous && now !== undefined && before !== undefined && row.contentPages > previous.contentPages
    ? perPage(now - before, row.contentPages - previous.contentPages)
    : '';
};
const ratio = (a: number | undefined, b: number | undefined): string =>
  a !== undefined && b !== undefined && b > 0 ? `${Math.round((100 * a) / b)} %` : '?';
const load = ([before, after]: [number, number]): string => `${before.toFixed(1)}/${after.toFixed(1)}`;
const timeTable = formatTable(
  [
    'site',
    'content pages',
    'all pages',
    'build',
    'npm run check',
    'of build',
    'CPU time',
    'CPU per added page',
    'bundle',
    'pages',
    'PDFs',
    'cards',
    'data',
    'Pagefind',
    'peak memory',
    'load before/after',
  ],
  rows.map((row) => [
    row.site,
    String(row.contentPages),
    String(row.pages),
    s(row.build.totalMs),
    s(row.checkMs),
    ratio(row.checkMs, row.build.totalMs),
    s(row.build.cpuMs),
    marginal(row, (r) => r.build.cpuMs),
    s(row.build.phases.bundle),
    s(row.build.routes.pages),
    s(row.build.routes.pdfs),
    s(row.build.routes.cards),
    s(row.build.routes.data),
    s(row.build.phases.pagefind),
    mb(row.build.peakRssBytes),
    load(row.load),
  ]),
  style,
);
const warmRows = rows.filter((row) => row.warm);
const warmTable = formatTable(
  [
    'site',
    'added pages',
    'build',
    'CPU time',
    'of cold CPU',
    'CPU per added page',
    'PDFs drawn/reused',
    'cards drawn/reused',
    'peak memory',
    'load before/after',
  ],
  warmRows.map((row) => {
    const warm = row.warm as NonNullable<Row['warm']>;
    const { pdf, png } = warm.build.drawings;
    return [
      row.site,
      String(warm.addedPages),
      s(warm.build.totalMs),
      s(warm.build.cpuMs),
      ratio(warm.build.cpuMs, row.build.cpuMs),
      marginal(row, (r) => (r === row ? warm.build.cpuMs : r.warm?.build.cpuMs)),
      `${pdf.drawn}/${pdf.reused}`,
      `${png.drawn}/${png.reused}`,
      mb(warm.build.peakRssBytes),
      load(warm.load),
    ];
  }),
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
console.log(`Cold builds (an empty cache):\n${timeTable}\n`);
if (warmRows.length > 0) console.log(`Warm builds (one release added, on the cold build's cache):\n${warmTable}\n`);
console.log(sizeTable);

// The aims kept in budgets.json, checked against this run; the machine decides, so they only print.
const { bench } = JSON.parse(readFileSync(join(projectRoot, 'budgets.json'), 'utf8')) as {
  bench: {
    cpuMsPerAddedPageCold: number;
    cpuMsPerAddedPageWarm: number;
    perPageFlatWithin: number;
    buildMsAt3000Pages: number;
    peakMemoryBytesAt3000Pages: number;
    warmAfterOneReleaseAt1000Pages: number;
  };
};
const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');
const perAdded = (a: Row, b: Row, cost: (row: Row) => number | undefined): number | undefined => {
  const [x, y] = [cost(a), cost(b)];
  return x !== undefined && y !== undefined ? (y - x) / (b.contentPages - a.contentPages) : undefined;
};
const near = (pages: number): Row | undefined =>
  synthetic.find((row) => Math.abs(row.contentPages - pages) / pages < 0.05);
const [at300, at1000, at3000] = [near(300), near(1000), near(3000)];
if (at300 && at3000) {
  const cold = perAdded(at300, at3000, (r) => r.build.cpuMs);
  if (cold !== undefined)
    console.log(
      `${verdict(cold <= bench.cpuMsPerAddedPageCold)}: cold, ${cold.toFixed(1)} ms of processor time per added page from 300 to 3,000 pages (aim: at most ${bench.cpuMsPerAddedPageCold})`,
    );
  const warm = perAdded(at300, at3000, (r) => r.warm?.build.cpuMs);
  if (warm !== undefined)
    console.log(
      `${verdict(warm <= bench.cpuMsPerAddedPageWarm)}: warm, ${warm.toFixed(1)} ms per added page (aim: at most ${bench.cpuMsPerAddedPageWarm})`,
    );
  if (at1000) {
    const low = perAdded(at300, at1000, (r) => r.build.cpuMs);
    const high = perAdded(at1000, at3000, (r) => r.build.cpuMs);
    if (low !== undefined && high !== undefined)
      console.log(
        `${verdict(Math.abs(high - low) / low <= bench.perPageFlatWithin)}: flat, ${low.toFixed(1)} ms per added page from 300 to 1,000 and ${high.toFixed(1)} from 1,000 to 3,000 (aim: within ${bench.perPageFlatWithin * 100} %)`,
      );
  }
}
if (at3000) {
  console.log(
    `${verdict(at3000.build.totalMs <= bench.buildMsAt3000Pages)}: 3,000 pages in ${s(at3000.build.totalMs)} (aim: under ${s(bench.buildMsAt3000Pages)})`,
  );
  console.log(
    `${verdict(at3000.build.peakRssBytes <= bench.peakMemoryBytesAt3000Pages)}: peak memory at 3,000 pages ${mb(at3000.build.peakRssBytes)} (aim: under ${mb(bench.peakMemoryBytesAt3000Pages)})`,
  );
}
if (at1000?.warm?.build.cpuMs !== undefined && at1000.build.cpuMs !== undefined) {
  const share = at1000.warm.build.cpuMs / at1000.build.cpuMs;
  console.log(
    `${verdict(share <= bench.warmAfterOneReleaseAt1000Pages)}: one release added to 1,000 pages builds in ${Math.round(share * 100)} % of the cold build's processor time (aim: at most ${bench.warmAfterOneReleaseAt1000Pages * 100} %)`,
  );
}
