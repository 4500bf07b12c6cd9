/**
 * The same text built by Starlight, for comparison with `npm run bench`: installs Astro and
 * Starlight into a folder outside the project, writes one Starlight page for each topic of the
 * synthetic releases, and times a cold build and a warm one (one page added, the cache kept).
 * `npm run bench:starlight -- --help` lists the options.
 *
 * Astro is the project's own version unless `--astro` says otherwise, so that Starlight is the one
 * difference; npm refuses the install if Starlight's peer range does not take it. Starlight's
 * Pagefind binary is killed, not waited for, when indexing ends, so `/usr/bin/time` does not count
 * its processor time: every process of the build is followed through `/proc` instead, and the
 * figure `/usr/bin/time -v` gives is printed beside it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { childProcesses, folderSize, PAGE_SIZE, projectRoot } from './lib/measured-build.ts';
import { writeSyntheticReleases } from '../tests/helpers/synthetic-releases.ts';
import { formatTable } from '../tests/helpers/table.ts';

const projectAstro = (
  JSON.parse(readFileSync(join(projectRoot, 'node_modules/astro/package.json'), 'utf8')) as {
    version: string;
  }
).version;

const { values } = parseArgs({
  allowNegative: true,
  options: {
    pages: { type: 'string', default: '300,3000' },
    dir: { type: 'string' },
    starlight: { type: 'string', default: 'latest' },
    astro: { type: 'string', default: projectAstro },
    warm: { type: 'boolean', default: true },
    keep: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`npm run bench:starlight -- [options]
  --pages 300,3000        sizes of the Starlight sites, in MDX pages
  --dir FOLDER            where to install Starlight and build (default: a new temporary folder)
  --starlight latest      the @astrojs/starlight version to install
  --astro ${projectAstro.padEnd(15)} the astro version to install (default: the project's own)
  --no-warm               leave out the warm build after each cold one
  --keep                  keep the folder (it is removed at the end unless --dir is given)
  --markdown              print the tables as Markdown`);
  process.exit(0);
}

const sizes = values.pages.split(',').map((n) => Number(n.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error('--pages: give whole numbers of at least 2');

const dir = values.dir ?? mkdtempSync(join(tmpdir(), 'starlight-bench-'));
const keep = values.keep || values.dir !== undefined;
const docs = join(dir, 'src/content/docs');

/** Installs Astro and Starlight in `dir` with npm, as a new Starlight project would. */
function install(): { astro: string; starlight: string; pagefind: string } {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'starlight-bench', private: true, type: 'module' }, null, 2)}\n`,
  );
  console.error(`installing astro@${values.astro} and @astrojs/starlight@${values.starlight} in ${dir}…`);
  const npm = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', `astro@${values.astro}`, `@astrojs/starlight@${values.starlight}`],
    { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (npm.status !== 0) throw new Error(`npm install exited with ${npm.status}`);
  const version = (name: string): string =>
    (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// Starlight as a new project has it: its own sidebar (every page, grouped by folder) and search.
export default defineConfig({
  integrations: [starlight({ title: 'Press releases' })],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  return { astro: version('astro'), starlight: version('@astrojs/starlight'), pagefind: version('pagefind') };
}

interface Topic {
  release: string;
  name: string;
  title: string;
  description: string;
  body: string;
}

/** At least `count` topics of the synthetic releases, newest release first: their frontmatter and body. */
function syntheticTopics(count: number): Topic[] {
  const source = join(dir, 'synthetic');
  // A release has two pages more than topics: ask for twice as many pages, more if that falls short.
  for (let pages = 2 * count; ; pages = Math.ceil(pages * 1.5)) {
    rmSync(source, { recursive: true, force: true });
    const site = writeSyntheticReleases(source, { pages, labels: 'shared' });
    if (site.topics < count) continue;
    const topics: Topic[] = [];
    for (const release of readdirSync(source).sort().reverse()) {
      const topicDir = join(source, release, 'topics');
      if (!existsSync(topicDir)) continue;
      for (const name of readdirSync(topicDir).sort()) {
        const text = readFileSync(join(topicDir, name), 'utf8');
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text);
        if (!match) throw new Error(`${release}/${name}: no frontmatter`);
        const fields = parseYaml(match[1] ?? '') as { title: string; summary: string };
        topics.push({
          release,
          name: name.replace(/\.mdx$/u, ''),
          title: fields.title,
          description: fields.summary,
          body: match[2] ?? '',
        });
      }
    }
    rmSync(source, { recursive: true, force: true });
    return topics.slice(0, count);
  }
}

/** Writes a topic as a Starlight page: the first is the home page, the others go in a folder per release. */
function writePage(topic: Topic, home: boolean): number {
  const file = home ? join(docs, 'index.mdx') : join(docs, 'releases', topic.release, `${topic.name}.mdx`);
  mkdirSync(join(file, '..'), { recursive: true });
  const text = `---\ntitle: ${JSON.stringify(topic.title)}\ndescription: ${JSON.stringify(topic.description)}\n---\n${topic.body}`;
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

interface Measure {
  /** Wall time, process start to exit, in milliseconds. */
  totalMs: number;
  /** Processor time (user and system) of every process the build started, Pagefind's included. */
  cpuMs: number;
  /** The same as `/usr/bin/time` counts it: the processes the build waited for. */
  timeCpuMs: number | undefined;
  /** Highest resident memory of the build's processes together, sampled. */
  peakRssBytes: number;
  /** The largest single process's highest resident memory, from `/usr/bin/time -v`. */
  maxRssBytes: number | undefined;
  /** Pagefind's time as Starlight logs it. */
  pagefindMs: number | undefined;
  load: [number, number];
}

const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/**
 * Follows a process and every process it starts, by `/proc`: their resident memory together and
 * each one's processor time, last seen. A process whose parent exits before it (Pagefind's binary
 * may outlive the Node process that started it) is still followed, once seen.
 */
function follow(root: number): {
  sample: () => void;
  alive: () => boolean;
  peakRssBytes: () => number;
  cpuMs: () => number;
} {
  const seen = new Map<number, number>();
  let peak = 0;
  const sample = (): void => {
    const children = childProcesses();
    const queue = [root, ...seen.keys()];
    const tree = new Set<number>();
    for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
      if (tree.has(pid)) continue;
      tree.add(pid);
      queue.push(...(children.get(pid) ?? []));
    }
    let rss = 0;
    for (const pid of tree) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        // utime and stime are the 14th and 15th fields, the 12th and 13th after the command.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        seen.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS);
        rss += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      } catch {
        // Ended: its last reading stands.
      }
    }
    peak = Math.max(peak, rss);
  };
  const alive = (): boolean =>
    [...seen.keys()].some((pid) => {
      try {
        // The state follows the command: Z is a process that ended, not yet waited for.
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
      } catch {
        return false;
      }
    });
  return { sample, alive, peakRssBytes: () => peak, cpuMs: () => [...seen.values()].reduce((a, b) => a + b, 0) };
}

/** Runs `astro build` in the Starlight project on the current Node (the project's Node 22). */
function measuredBuild(): Promise<Measure> {
  const timeFile = join(dir, 'build-time.txt');
  const loadBefore = loadavg()[0] ?? 0;
  const start = performance.now();
  const child = spawn(
    '/usr/bin/time',
    ['-v', '-o', timeFile, process.execPath, join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  if (child.pid === undefined) throw new Error('astro build did not start');
  const tree = follow(child.pid);
  const sampler = setInterval(tree.sample, 100);
  let output = '';
  const collect = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-50_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const totalMs = performance.now() - start;
      const load: [number, number] = [loadBefore, loadavg()[0] ?? 0];
      // Whatever the build left running is followed until it ends, for its processor time.
      const waitForStragglers = (): void => {
        tree.sample();
        if (tree.alive()) {
          setTimeout(waitForStragglers, 100);
          return;
        }
        clearInterval(sampler);
        if (code !== 0) {
          reject(new Error(`astro build exited with ${code}:\n${output.slice(-4000)}`));
          return;
        }
        const time = readFileSync(timeFile, 'utf8');
        const field = (name: string): number | undefined => {
          const match = new RegExp(`${name}: ([\\d.]+)`, 'u').exec(time);
          return match ? Number(match[1]) : undefined;
        };
        const [user, system, maxKb] = [
          field('User time \\(seconds\\)'),
          field('System time \\(seconds\\)'),
          field('Maximum resident set size \\(kbytes\\)'),
        ];
        const pagefind = /Finished building search index in ([\d.]+)(ms|s)/u.exec(output);
        resolve({
          totalMs,
          cpuMs: tree.cpuMs(),
          timeCpuMs: user !== undefined && system !== undefined ? (user + system) * 1000 : undefined,
          peakRssBytes: tree.peakRssBytes(),
          maxRssBytes: maxKb !== undefined ? maxKb * 1024 : undefined,
          pagefindMs: pagefind ? Number(pagefind[1]) * (pagefind[2] === 's' ? 1000 : 1) : undefined,
          load,
        });
      };
      waitForStragglers();
    });
  });
}

function htmlPages(): number {
  const dist = join(dir, 'dist');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('pagefind'),
  ).length;
}

interface Row {
  pages: number;
  htmlPages: number;
  mdxBytes: number;
  cold: Measure;
  distBytes: number;
  pagefindBytes: number;
  warm?: { build: Measure; htmlPages: number } | undefined;
}

const versions = install();
const rows: Row[] = [];
try {
  for (const pages of sizes) {
    const topics = syntheticTopics(pages + 1);
    rmSync(docs, { recursive: true, force: true });
    let mdxBytes = 0;
    topics.slice(0, pages).forEach((topic, i) => {
      mdxBytes += writePage(topic, i === 0);
    });
    // Cold: no output, no content store, no cache of any kind.
    for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
      rmSync(join(dir, cache), { recursive: true, force: true });
    }
    console.error(`building ${pages} Starlight pages…`);
    const cold = await measuredBuild();
    // Every MDX page and Starlight's 404 page.
    const built = htmlPages();
    if (built !== pages + 1) throw new Error(`${built} HTML pages built for ${pages} MDX pages`);
    if (!existsSync(join(dir, 'dist/pagefind/pagefind.js'))) throw new Error('no Pagefind index');
    const row: Row = {
      pages,
      htmlPages: built,
      mdxBytes,
      cold,
      distBytes: folderSize(join(dir, 'dist')).bytes,
      pagefindBytes: folderSize(join(dir, 'dist/pagefind')).bytes,
    };
    if (values.warm) {
      writePage(topics[pages] as Topic, false);
      console.error('  and again with one page added, on the same cache…');
      const build = await measuredBuild();
      row.warm = { build, htmlPages: htmlPages() };
    }
    rows.push(row);
  }
} finally {
  if (keep) console.error(`kept: ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

const mb = (bytes: number | undefined): string =>
  bytes === undefined ? '?' : `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 2 : 1)} MB`;
const s = (ms: number | undefined): string => (ms === undefined ? '?' : `${(ms / 1000).toFixed(2)} s`);
const load = ([before, after]: [number, number]): string => `${before.toFixed(1)}/${after.toFixed(1)}`;
const style = values.markdown ? 'markdown' : 'text';
const perAdded = (row: Row, cost: (row: Row) => number | undefined): string => {
  const previous = rows[rows.indexOf(row) - 1];
  const [now, before] = [cost(row), previous && cost(previous)];
  return previous && now !== undefined && before !== undefined
    ? `${((now - before) / (row.pages - previous.pages)).toFixed(2)} ms`
    : '';
};

const cpu = /model name\s*:\s*(.*)/u.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
console.log(
  `${cpus().length} × ${cpu}, ${(totalmem() / 1024 ** 3).toFixed(1)} GB memory, Node ${process.version}, ` +
    `Astro ${versions.astro}, Starlight ${versions.starlight}, Pagefind ${versions.pagefind}`,
);
console.log(`Cold builds (no dist, no cache):
${formatTable(
  [
    'MDX pages',
    'HTML pages',
    'MDX',
    'build',
    'CPU time',
    'CPU per added page',
    'CPU, /usr/bin/time',
    'Pagefind',
    'peak memory',
    'largest process',
    'dist',
    'Pagefind index',
    'load before/after',
  ],
  rows.map((row) => [
    String(row.pages),
    String(row.htmlPages),
    mb(row.mdxBytes),
    s(row.cold.totalMs),
    s(row.cold.cpuMs),
    perAdded(row, (r) => r.cold.cpuMs),
    s(row.cold.timeCpuMs),
    s(row.cold.pagefindMs),
    mb(row.cold.peakRssBytes),
    mb(row.cold.maxRssBytes),
    mb(row.distBytes),
    mb(row.pagefindBytes),
    load(row.cold.load),
  ]),
  style,
)}
`);
const warmRows = rows.filter((row) => row.warm);
if (warmRows.length > 0) {
  console.log(`Warm builds (one page added, dist and cache kept):
${formatTable(
  [
    'MDX pages',
    'HTML pages',
    'build',
    'CPU time',
    'of cold CPU',
    'CPU per added page',
    'CPU, /usr/bin/time',
    'peak memory',
    'largest process',
    'load before/after',
  ],
  warmRows.map((row) => {
    const warm = row.warm as NonNullable<Row['warm']>;
    return [
      String(row.pages + 1),
      String(warm.htmlPages),
      s(warm.build.totalMs),
      s(warm.build.cpuMs),
      `${Math.round((100 * warm.build.cpuMs) / row.cold.cpuMs)} %`,
      perAdded(row, (r) => r.warm?.build.cpuMs),
      s(warm.build.timeCpuMs),
      mb(warm.build.peakRssBytes),
      mb(warm.build.maxRssBytes),
      load(warm.build.load),
    ];
  }),
  style,
)}`);
}
