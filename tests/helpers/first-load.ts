import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** What a fetched file is, for budgets by kind. */
export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

/** The kinds in table order. */
export const RESOURCE_KINDS: readonly ResourceKind[] = ['html', 'css', 'js', 'font', 'image', 'other'];

/** One file a page fetches on its first load. */
export interface Resource {
  /** Its path on the site, base path included. */
  path: string;
  kind: ResourceKind;
  /** Why it is fetched: the element or rule that asks for it. */
  via: string;
  bytes: number;
  gzipBytes: number;
}

/** What a page costs before the reader does anything. */
export interface FirstLoad {
  /** The page's file, relative to the site folder. */
  page: string;
  /** Every file fetched, the page itself first, each once. */
  resources: Resource[];
  totalGzipBytes: number;
  gzipBytesByKind: Record<ResourceKind, number>;
  /** External stylesheets, each a request before the first paint. */
  stylesheets: number;
  /** Stylesheets for paper only (`media="print"`), left out of the first load. */
  printStylesheets: string[];
  /** Classic scripts with a `src` and neither `async` nor `defer`: they stop rendering. */
  renderBlockingScripts: string[];
  /** Images, videos and frames without both `width` and `height`: the page moves when they arrive. */
  unsizedMedia: string[];
  /** References to other origins; the site makes no third-party requests. */
  external: string[];
  /** Local references with no file behind them. */
  missing: string[];
}

// What hosts commonly serve: gzip at zlib's default level.
const GZIP_LEVEL = 6;

const kinds: Record<string, ResourceKind> = {
  '.html': 'html',
  '.css': 'css',
  '.js': 'js',
  '.mjs': 'js',
  '.woff2': 'font',
  '.woff': 'font',
  '.ttf': 'font',
  '.otf': 'font',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.gif': 'image',
  '.webp': 'image',
  '.avif': 'image',
  '.svg': 'image',
  '.ico': 'image',
};

const ORIGIN = 'http://site.test';

/** Every HTML page of a built site, relative to its folder; Pagefind's bundle is not a page. */
export function builtPages(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .sort();
}

/** Static imports of an ES module (`import … from`, `import "…"`, `export … from`), not `import()`. */
function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/gu))
    found.push(match[1] ?? '');
  for (const match of code.matchAll(/\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+)["']/gu)) {
    found.push(match[1] ?? '');
  }
  return found.filter((specifier) => /^(\.{1,2}\/|\/)/u.test(specifier));
}

/** Files a stylesheet pulls in: `@import` and every `url()` (fonts, images), data URIs aside. */
function cssReferences(css: string): string[] {
  const found: string[] = [];
  for (const match of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/gu)) found.push(match[1] ?? '');
  for (const match of css.matchAll(/url\(\s*["']?([^"')]+?)["']?\s*\)/gu)) found.push(match[1] ?? '');
  return found.filter((ref) => ref !== '' && !ref.startsWith('data:') && !ref.startsWith('#'));
}

/** What a built page fetches before the reader does anything, each file once, gzipped. */
export function firstLoad(siteDir: string, page: string, base = '/'): FirstLoad {
  // Followed: the HTML; its stylesheets with their imports, fonts and images; scripts with their
  // static imports; images; preloads and icons. Not followed: `import()`, which runs on use (the
  // search bundle).
  const gzipCache = new Map<string, number>();
  const resources: Resource[] = [];
  const seen = new Set<string>();
  const external: string[] = [];
  const missing: string[] = [];

  const pagePath = `${base}${page.replace(/(^|\/)index\.html$/u, '$1')}`;
  const pageUrl = new URL(pagePath, ORIGIN);

  /** Adds a referenced file; gives back its bytes, or undefined when it is not a local file. */
  const add = (ref: string, from: URL, via: string, kind?: ResourceKind): { text: string; url: URL } | undefined => {
    // A data URI is part of the file that holds it: nothing more to fetch.
    if (/^data:/iu.test(ref.trim())) return undefined;
    const url = new URL(ref, from);
    if (url.origin !== ORIGIN) {
      external.push(`${ref} (${via})`);
      return undefined;
    }
    const path = url.pathname;
    if (seen.has(path)) return undefined;
    seen.add(path);
    const file = path.startsWith(base) ? join(siteDir, decodeURIComponent(path.slice(base.length))) : undefined;
    const target = file && path.endsWith('/') ? join(file, 'index.html') : file;
    if (!target || !existsSync(target) || !statSync(target).isFile()) {
      missing.push(`${ref} (${via})`);
      return undefined;
    }
    const bytes = readFileSync(target);
    let gzipBytes = gzipCache.get(target);
    if (gzipBytes === undefined) {
      gzipBytes = gzipSync(bytes, { level: GZIP_LEVEL }).length;
      gzipCache.set(target, gzipBytes);
    }
    resources.push({
      path,
      kind: kind ?? kinds[extname(target).toLowerCase()] ?? 'other',
      via,
      bytes: bytes.length,
      gzipBytes,
    });
    return { text: bytes.toString('utf8'), url };
  };

  const html = add(pagePath, pageUrl, 'the page');
  if (!html) throw new Error(`${page}: no such page in ${siteDir}`);
  const { document } = parseHTML(html.text);

  const followCss = (css: { text: string; url: URL } | undefined, via: string): void => {
    if (!css) return;
    for (const ref of cssReferences(css.text)) {
      const next = add(ref, css.url, `${via} → ${ref}`);
      if (next && next.url.pathname.endsWith('.css')) followCss(next, `${via} → ${ref}`);
    }
  };
  const followJs = (js: { text: string; url: URL } | undefined, via: string): void => {
    if (!js) return;
    for (const ref of staticImports(js.text)) followJs(add(ref, js.url, `${via} → import`), `${via} → import`);
  };

  let stylesheets = 0;
  const printStylesheets: string[] = [];
  for (const link of document.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/u);
    const href = link.getAttribute('href') ?? '';
    // A stylesheet for paper alone (media="print") is fetched at the lowest priority and never
    // delays the first paint: it is not part of the first load.
    if (rel.includes('stylesheet') && link.getAttribute('media')?.trim().toLowerCase() === 'print') {
      printStylesheets.push(href);
    } else if (rel.includes('stylesheet')) {
      stylesheets += 1;
      followCss(add(href, pageUrl, 'link rel=stylesheet'), 'stylesheet');
    } else if (rel.includes('modulepreload')) {
      followJs(add(href, pageUrl, 'link rel=modulepreload'), 'modulepreload');
    } else if (rel.includes('preload') || rel.includes('icon') || rel.includes('manifest')) {
      add(href, pageUrl, `link rel=${rel.join(' ')}`);
    }
  }
  // Without an icon link, browsers ask for /favicon.ico, and a static host answers with the file
  // or with its 404 page.
  if (!document.querySelector('link[rel~="icon"]')) {
    const favicon = `${base}favicon.ico`;
    if (existsSync(join(siteDir, 'favicon.ico'))) add(favicon, pageUrl, 'implicit favicon request');
    else if (existsSync(join(siteDir, '404.html')) && !seen.has(`${base}404.html`)) {
      add(`${base}404.html`, pageUrl, 'implicit favicon request, answered by 404.html', 'other');
    }
  }

  const renderBlockingScripts: string[] = [];
  for (const script of document.querySelectorAll('script[src]')) {
    const src = script.getAttribute('src') ?? '';
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    const module = type === 'module';
    if (!module && !script.hasAttribute('async') && !script.hasAttribute('defer')) renderBlockingScripts.push(src);
    const loaded = add(src, pageUrl, module ? 'script type=module' : 'script');
    if (module) followJs(loaded, 'script');
  }

  const unsizedMedia: string[] = [];
  for (const media of document.querySelectorAll('img, video, iframe')) {
    const src = media.getAttribute('src') ?? media.getAttribute('poster');
    if (!media.hasAttribute('width') || !media.hasAttribute('height')) {
      unsizedMedia.push(`<${media.tagName.toLowerCase()} src="${src ?? ''}">`);
    }
    if (src && !src.startsWith('data:')) add(src, pageUrl, media.tagName.toLowerCase());
  }

  const gzipBytesByKind = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, 0])) as Record<ResourceKind, number>;
  for (const resource of resources) gzipBytesByKind[resource.kind] += resource.gzipBytes;
  return {
    page,
    resources,
    totalGzipBytes: resources.reduce((sum, resource) => sum + resource.gzipBytes, 0),
    gzipBytesByKind,
    stylesheets,
    printStylesheets,
    renderBlockingScripts,
    unsizedMedia,
    external,
    missing,
  };
}
