import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import budgets from '../../budgets.json';
import { builtPages, firstLoad, RESOURCE_KINDS, type FirstLoad, type ResourceKind } from '../helpers/first-load';
import { formatTable } from '../helpers/table';
import { outputRoot, siteDir } from '../helpers/build';

const budget = budgets.firstLoad;
const byKind: Partial<Record<ResourceKind, number>> = budget.gzipBytesByKind;

/** Every budget a page's first load breaks, in words; empty when it keeps them all. */
function overBudget(load: FirstLoad): string[] {
  const problems: string[] = [];
  if (load.totalGzipBytes > budget.totalGzipBytes) {
    problems.push(
      `first load ${load.totalGzipBytes} B gzip, over ${budget.totalGzipBytes} B by ${load.totalGzipBytes - budget.totalGzipBytes} B`,
    );
  }
  for (const kind of RESOURCE_KINDS) {
    const limit = byKind[kind];
    if (limit !== undefined && load.gzipBytesByKind[kind] > limit) {
      problems.push(`${kind} ${load.gzipBytesByKind[kind]} B gzip, over ${limit} B`);
    }
  }
  if (load.stylesheets > budget.maxStylesheets)
    problems.push(`${load.stylesheets} stylesheets, at most ${budget.maxStylesheets}`);
  if (load.renderBlockingScripts.length > budget.maxRenderBlockingScripts) {
    problems.push(`render-blocking scripts: ${load.renderBlockingScripts.join(', ')}`);
  }
  for (const media of load.unsizedMedia) problems.push(`no width and height, so the page shifts: ${media}`);
  for (const ref of load.external) problems.push(`third-party request: ${ref}`);
  for (const ref of load.missing) problems.push(`no file: ${ref}`);
  return problems;
}

function weightTable(loads: FirstLoad[]): string {
  const kb = (bytes: number): string => (bytes === 0 ? '0' : `${(bytes / 1024).toFixed(2)} KB`);
  return formatTable(
    ['page', ...RESOURCE_KINDS, 'total gzip', 'of budget', 'requests'],
    loads.map((load) => [
      `/${load.page.replace(/(^|\/)index\.html$/u, '$1')}`,
      ...RESOURCE_KINDS.map((kind) => kb(load.gzipBytesByKind[kind])),
      kb(load.totalGzipBytes),
      `${Math.round((100 * load.totalGzipBytes) / budget.totalGzipBytes)} %`,
      String(load.resources.length),
    ]),
  );
}

describe('first-load budgets of the built site (budgets.json)', () => {
  const pages = builtPages(siteDir);
  let loads: Map<string, FirstLoad>;

  beforeAll(() => {
    loads = new Map(pages.map((page) => [page, firstLoad(siteDir, page)]));
    console.log(
      `First load of each page, gzip level 6 (budget ${(budget.totalGzipBytes / 1024).toFixed(0)} KB):\n${weightTable([...loads.values()])}`,
    );
  });

  it('measures every page, and sees its stylesheet and its script', () => {
    expect(pages.length).toBeGreaterThanOrEqual(7);
    for (const load of loads.values()) {
      expect(load.resources.map((resource) => resource.kind)).toEqual(expect.arrayContaining(['html', 'css', 'js']));
    }
  });

  it.each(pages)('%s keeps its budgets', (page) => {
    const load = loads.get(page);
    expect(load).toBeDefined();
    if (load) expect(overBudget(load), weightTable([load])).toEqual([]);
  });

  it('leaves the search bundle out of the first load: it loads when search is used', () => {
    const fetched = [...loads.values()].flatMap((load) => load.resources.map((resource) => resource.path));
    expect(fetched.filter((path) => path.includes('/pagefind/'))).toEqual([]);
  });
});

// The measure itself, on a small made-up site whose weight is known: it must follow every kind
// of reference and catch each kind of fault, or the budgets above would pass on a blind count.
describe('the first-load measure', () => {
  const dir = join(outputRoot, 'first-load-measure');
  const files: Record<string, string> = {
    'index.html': `<!doctype html><html><head>
      <link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css">
      <link rel="stylesheet" href="/paper.css" media="print">
      <link rel="preload" href="/font.woff2" as="font"><link rel="icon" href="data:,">
      <script src="/blocking.js"></script><script type="module" src="/main.js"></script>
      </head><body><img src="/photo.png"><img src="/sized.png" width="10" height="10">
      <img src="https://cdn.example/x.png" width="1" height="1"><script src="/gone.js" defer></script></body></html>`,
    'a.css': '@import "./c.css"; body { background: url(/sized.png) }',
    'b.css': '@font-face { font-family: X; src: url("/font.woff2") }',
    'c.css': `p { color: red } /* ${'padding '.repeat(2000)} */`,
    'paper.css': `@page { margin: 1cm } /* ${'paper '.repeat(500)} */`,
    'font.woff2': 'font bytes',
    'blocking.js': 'console.log(1)',
    'main.js': 'import{a}from"./chunk.js";import("./lazy.js").then(()=>a)',
    'chunk.js': 'export const a = 1;',
    'lazy.js': `export const big = "${'x'.repeat(40_000)}";`,
    'photo.png': 'png',
    'sized.png': 'png',
    '404.html': '<!doctype html><title>404</title>',
    'no-icon.html': '<!doctype html><title>No icon</title>',
  };
  const gzip = (name: string): number => gzipSync(files[name] ?? '', { level: 6 }).length;

  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  });

  it('counts each file once, gzipped, following stylesheets and static imports but not import()', () => {
    const load = firstLoad(dir, 'index.html');
    // The icon is a data URI: no request, and so no favicon.ico either.
    const expected = [
      'index.html',
      'a.css',
      'c.css',
      'sized.png',
      'b.css',
      'font.woff2',
      'blocking.js',
      'main.js',
      'chunk.js',
      'photo.png',
    ];
    const paths = load.resources.map((resource) => (resource.path === '/' ? 'index.html' : resource.path.slice(1)));
    expect(paths.sort()).toEqual(expected.sort());
    expect(load.totalGzipBytes).toBe(expected.reduce((sum, name) => sum + gzip(name), 0));
    expect(load.gzipBytesByKind.font).toBe(gzip('font.woff2'));
  });

  it('leaves a stylesheet for paper only out of the first load, and names it', () => {
    const load = firstLoad(dir, 'index.html');
    expect(load.printStylesheets).toEqual(['/paper.css']);
    expect(load.resources.map((resource) => resource.path)).not.toContain('/paper.css');
  });

  it('counts the request for /favicon.ico, answered by 404.html, when a page links no icon', () => {
    const load = firstLoad(dir, 'no-icon.html');
    expect(load.resources.map((resource) => [resource.path, resource.kind])).toEqual([
      ['/no-icon.html', 'html'],
      ['/404.html', 'other'],
    ]);
  });

  it('reports every fault, so that a page over its budgets fails', () => {
    const load = firstLoad(dir, 'index.html');
    expect(load.stylesheets).toBe(2);
    expect(load.renderBlockingScripts).toEqual(['/blocking.js']);
    expect(load.unsizedMedia).toEqual(['<img src="/photo.png">']);
    expect(load.external).toEqual(['https://cdn.example/x.png (img)']);
    expect(load.missing).toEqual(['/gone.js (script)']);
    const problems = overBudget({ ...load, totalGzipBytes: budget.totalGzipBytes + 1 });
    // The fixture's faults, one problem each, in the order overBudget checks them; its CSS, JS and
    // images stay within their budgets, and its font is over a budget of none.
    expect(problems).toEqual([
      `first load ${budget.totalGzipBytes + 1} B gzip, over ${budget.totalGzipBytes} B by 1 B`,
      `font ${gzip('font.woff2')} B gzip, over ${byKind.font} B`,
      `2 stylesheets, at most ${budget.maxStylesheets}`,
      'render-blocking scripts: /blocking.js',
      'no width and height, so the page shifts: <img src="/photo.png">',
      'third-party request: https://cdn.example/x.png (img)',
      'no file: /gone.js (script)',
    ]);
  });
});
