import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { DrawingTally } from '../../src/lib/cache/drawing-cache.ts';

/** The project root, where `astro.config.mjs` is. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** What one build cost. */
export interface BuildMeasure {
  /** Wall time of the whole build, process start to exit, in milliseconds. */
  totalMs: number;
  /** Phases, in milliseconds, timed by Astro's log lines: undefined when a line did not come. */
  phases: {
    /** Start to the content layer synced (MDX read, frontmatter validated). */
    content: number | undefined;
    /** Vite bundling the server and client code, MDX compiled. */
    bundle: number | undefined;
    /** Rendering every page to HTML. */
    render: number | undefined;
    /** Pagefind indexing the pages and writing its bundle. */
    pagefind: number | undefined;
  };
  /** Processor time of the build and its children (user and system), in milliseconds: less
   * disturbed than wall time by other work on the machine. Undefined without `/usr/bin/time`. */
  cpuMs: number | undefined;
  /** Highest resident memory of the build's process tree (Node and Pagefind's binary), in bytes. */
  peakRssBytes: number;
  /** Rendering time by kind of route, from Astro's time for each route, in milliseconds. */
  routes: RouteTimes;
  /** PDFs and social cards drawn and read back from the drawing cache, from the build's log. */
  drawings: { pdf: DrawingCount; png: DrawingCount };
}

/** What a build drew of one kind of file, and what it read back from the cache. */
export type DrawingCount = DrawingTally;

/** Rendering time by kind of route. */
export interface RouteTimes {
  /** HTML pages of the releases and the site (home, overviews, topics, full texts, search…). */
  pages: number;
  /** Drawing the PDFs (inside the first route of each release that asks for it). */
  pdfs: number;
  /** The social cards' routes (PNG), drawn or read back. */
  cards: number;
  /** Data and citation pages, and the open-data files. */
  data: number;
}

const ROUTE = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/u;

/** Sums Astro's per-route times by kind; the PDFs' drawing time comes from the drawings line. */
function routeTimes(lines: string[], pdfDrawMs: number): RouteTimes {
  const sums = { pages: 0, cards: 0, data: 0 };
  for (const line of lines) {
    const match = ROUTE.exec(line);
    if (!match) continue;
    const ms = Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    const path = match[1] ?? '';
    if (path.startsWith('/social/')) sums.cards += ms;
    else if (path.includes('/data/')) sums.data += ms;
    else sums.pages += ms;
  }
  // A release's PDF is drawn inside whichever of its pages asks first: that time is the PDF's.
  return { ...sums, pages: Math.max(0, sums.pages - pdfDrawMs), pdfs: pdfDrawMs };
}

/** The counts in the build's drawings line, for one kind (`PDF`/`PDFs`, `social card(s)`). */
function drawingCount(line: string | undefined, name: RegExp): DrawingCount {
  const match = new RegExp(`${name.source}: (\\d+) drawn(?: in ([\\d.]+) s)?, (\\d+) reused`, 'u').exec(line ?? '');
  return match
    ? { drawn: Number(match[1]), drawMs: Number(match[2] ?? 0) * 1000, reused: Number(match[3]) }
    : { drawn: 0, reused: 0, drawMs: 0 };
}

export const PAGE_SIZE = 4096;
const TIME = '/usr/bin/time';

/** Every running process's children, by parent id, as /proc lists them now. */
export function childProcesses(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      // The parent id is the second field after the command, which is in parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return children;
}

/** Resident bytes of a process tree, read from /proc; processes that end meanwhile count as 0. */
function treeRss(root: number): number {
  const children = childProcesses();
  let total = 0;
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
    } catch {
      // Ended meanwhile.
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `astro build` on the current Node with `env`, timing its phases and sampling its memory. */
export function measuredBuild(env: Record<string, string>, sampleMs = 50): Promise<BuildMeasure> {
  // The current Node is the project's Node 22; Astro refuses older ones. Phases are timed by the
  // moments the build's log lines arrive; a failed build rejects with the end of its output.
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  // GNU time adds up the processor time of the whole tree, Pagefind's binary included.
  const timeDir = existsSync(TIME) ? mkdtempSync(join(tmpdir(), 'build-time-')) : undefined;
  const command = timeDir
    ? [TIME, '-f', '%U %S', '-o', join(timeDir, 'time'), process.execPath, astro, 'build']
    : [process.execPath, astro, 'build'];
  const start = performance.now();
  const child = spawn(command[0] as string, command.slice(1), {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peakRssBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peakRssBytes = Math.max(peakRssBytes, treeRss(child.pid));
  }, sampleMs);

  // The output is kept only for a failure's message: its end says what went wrong.
  let output = '';
  let pending = '';
  const marks: { at: number; line: string }[] = [];
  const collect = (chunk: Buffer): void => {
    const at = performance.now() - start;
    output = (output + chunk.toString()).slice(-20_000);
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) marks.push({ at, line: stripVTControlCharacters(line) });
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const totalMs = performance.now() - start;
      let cpuMs: number | undefined;
      if (timeDir) {
        const times = readFileSync(join(timeDir, 'time'), 'utf8').trim().split('\n').at(-1)?.split(' ').map(Number);
        cpuMs = times && times.length === 2 ? ((times[0] ?? 0) + (times[1] ?? 0)) * 1000 : undefined;
        rmSync(timeDir, { recursive: true, force: true });
      }
      if (code !== 0) {
        reject(new Error(`astro build exited with ${code}:\n${output.slice(-4000)}`));
        return;
      }
      // Each mark is looked for after the previous one, as the build prints them in this order.
      let from = 0;
      const at = (pattern: RegExp): number | undefined => {
        const index = marks.findIndex((mark, i) => i >= from && pattern.test(mark.line));
        if (index < 0) return undefined;
        from = index + 1;
        return marks[index]?.at;
      };
      const span = (a: number | undefined, b: number | undefined): number | undefined =>
        a !== undefined && b !== undefined ? b - a : undefined;
      const synced = at(/\[content\] Synced content/u);
      const bundleStart = at(/Building static entrypoints/u);
      const renderStart = at(/generating static routes/u);
      const renderEnd = at(/^\S+ ✓ Completed in/u);
      const indexStart = at(/\[build\] ✓ Completed in/u);
      const indexed = at(/Pagefind indexed/u);
      const drawingsLine = marks.find((mark) => mark.line.includes('[site:drawings]'))?.line;
      const drawings = {
        pdf: drawingCount(drawingsLine, /PDFs?/u),
        png: drawingCount(drawingsLine, /social cards?/u),
      };
      resolvePromise({
        totalMs,
        cpuMs,
        phases: {
          content: synced,
          bundle: span(bundleStart, renderStart),
          render: span(renderStart, renderEnd),
          pagefind: span(indexStart, indexed),
        },
        peakRssBytes,
        routes: routeTimes(
          marks.map((mark) => mark.line),
          drawings.pdf.drawMs,
        ),
        drawings,
      });
    });
  });
}

/** Total bytes and number of the files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}
