import { readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { pressBase, pressSiteDir, siteDir } from '../helpers/build';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { nginxAvailable, startNginx, type Nginx } from '../helpers/nginx';
import { sitePages } from '../helpers/pages';
import { expectedHeaderNames, hostileSuffixes, openAllHostile, topicPage } from '../helpers/hostile';
import { securityHeaders } from '../../src/lib/site/security-headers';

const hosted = [
  { name: 'at the domain root', dir: siteDir, base: '/' },
  { name: `under ${pressBase}`, dir: pressSiteDir, base: pressBase },
];

/** Every file of a built site and every folder (as `folder/`), as site paths. */
function siteEntries(dir: string): { files: string[]; folders: string[] } {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const path = (entry: { parentPath: string; name: string }) => relative(dir, join(entry.parentPath, entry.name));
  return {
    files: entries.filter((entry) => entry.isFile()).map(path),
    folders: entries.filter((entry) => entry.isDirectory()).map((entry) => `${path(entry)}/`),
  };
}

/** The security headers a response lacks or sends with another value, as `name: value` lines. */
function headerProblems(headers: Headers | Record<string, string>): string[] {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : (headers[name] ?? null));
  const expected = new Map(securityHeaders().map(([name, value]) => [name.toLowerCase(), value]));
  return expectedHeaderNames
    .filter((name) => get(name) === null || get(name) !== expected.get(name))
    .map((name) => `${name}: ${get(name) ?? '(missing)'}`);
}

/** The Content-Type each kind of file must go out with: text always says it is UTF-8. */
const contentTypes: Record<string, RegExp> = {
  '.html': /^text\/html; charset=utf-8$/u,
  '.css': /^text\/css; charset=utf-8$/u,
  '.js': /^(?:text|application)\/javascript; charset=utf-8$/u,
  '.json': /^application\/json; charset=utf-8$/u,
  '.csv': /^text\/csv; charset=utf-8$/u,
  '.bib': /^application\/x-bibtex; charset=utf-8$/u,
  '.txt': /^text\/plain; charset=utf-8$/u,
  '.xml': /^(?:text|application)\/xml; charset=utf-8$/u,
  '.pdf': /^application\/pdf$/u,
  '.png': /^image\/png$/u,
  '.svg': /^image\/svg\+xml; charset=utf-8$/u,
  // Pagefind's index, fragments and WebAssembly: binary, read by Pagefind's own code.
  '.pagefind': /^application\/octet-stream$/u,
  '.pf_meta': /^application\/octet-stream$/u,
  '.pf_index': /^application\/octet-stream$/u,
  '.pf_fragment': /^application\/octet-stream$/u,
  '.pf_filter': /^application\/octet-stream$/u,
};

describe.runIf(nginxAvailable())('served by nginx with the shipped configuration', () => {
  describe.each(hosted)('$name', ({ dir, base }) => {
    let nginx: Nginx;
    beforeAll(async () => {
      nginx = await startNginx(dir, base);
    });
    afterAll(async () => {
      await nginx?.stop();
    });

    it('every page, link and asset reached from the home page answers 200', async () => {
      const origin = new URL(nginx.url).origin;
      const seen = new Map<string, number>();
      const queue = [nginx.url];
      while (queue.length > 0) {
        const url = queue.shift() ?? '';
        if (seen.has(url)) continue;
        const response = await fetch(url);
        seen.set(url, response.status);
        if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) continue;
        const { document } = parseHTML(await response.text());
        for (const el of document.querySelectorAll('a[href], link[href], script[src], img[src]')) {
          const target = new URL(el.getAttribute('href') ?? el.getAttribute('src') ?? '', url);
          target.hash = '';
          if (target.origin === origin && !seen.has(target.href)) queue.push(target.href);
        }
      }
      const broken = [...seen].filter(([, status]) => status !== 200);
      expect(broken).toEqual([]);
      // Every built page was reached by following links (the 404 page excepted).
      const reached = [...seen.keys()].map((url) => new URL(url).pathname);
      for (const page of sitePages(dir).filter((p) => p !== '404.html')) {
        expect(reached).toContain(`${base}${page}`);
      }
    });

    it('answers a missing address with the 404 page and status 404', async () => {
      const response = await fetch(new URL('no/such/page/', nginx.url));
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('Page not found');
    });

    it('answers folders without a page, and _headers, with the 404 page and status 404', async () => {
      const { folders } = siteEntries(dir);
      const withoutPage = folders.filter((folder) => !sitePages(dir).includes(folder));
      // releases/, _astro/, pagefind/ at least: the test must not pass for want of folders.
      expect(withoutPage).toEqual(expect.arrayContaining(['releases/', '_astro/', 'pagefind/']));
      const answers = [];
      for (const path of [...withoutPage, '_headers']) {
        const response = await fetch(new URL(path, nginx.url));
        answers.push({
          path,
          status: response.status,
          notFoundPage: (await response.text()).includes('Page not found'),
        });
      }
      expect(answers).toEqual(answers.map(({ path }) => ({ path, status: 404, notFoundPage: true })));
    });

    it('sends every security header with its value on every file, page, folder and missing address', async () => {
      const { files, folders } = siteEntries(dir);
      const paths = [...files.filter((file) => file !== '_headers'), ...folders, 'no/such/page/', '_headers'];
      const problems: string[] = [];
      for (const path of paths) {
        const response = await fetch(new URL(path, nginx.url));
        await response.arrayBuffer();
        for (const problem of headerProblems(response.headers))
          problems.push(`${path} (${response.status}) ${problem}`);
      }
      expect(problems).toEqual([]);
      expect(paths.length).toBeGreaterThan(50);
    });

    it('keeps its headers to its own server: another site on the same nginx gets none of them', async () => {
      const own = await fetch(nginx.url);
      await own.arrayBuffer();
      expect(own.headers.get('content-security-policy')).not.toBeNull();
      const other = await fetch(nginx.otherUrl);
      expect(await other.text()).toBe('another site');
      for (const name of ['content-security-policy', 'x-frame-options', 'permissions-policy']) {
        expect(other.headers.get(name), name).toBeNull();
      }
    });

    it('sends every file with the Content-Type of its kind', async () => {
      const files = siteEntries(dir).files.filter((file) => file !== '_headers');
      const kinds = new Set(files.map((file) => extname(file)));
      // Every kind the site holds has a rule, and the kinds the downloads promise are all there.
      expect([...kinds].filter((kind) => !(kind in contentTypes))).toEqual([]);
      for (const kind of [
        '.html',
        '.css',
        '.js',
        '.json',
        '.csv',
        '.bib',
        '.txt',
        '.pdf',
        '.png',
        '.svg',
        '.pf_meta',
      ]) {
        expect(kinds).toContain(kind);
      }
      const wrong: string[] = [];
      for (const file of files) {
        const response = await fetch(new URL(file, nginx.url));
        await response.arrayBuffer();
        const type = response.headers.get('content-type') ?? '(none)';
        if (response.status !== 200 || !contentTypes[extname(file)]?.test(type)) {
          wrong.push(`${file}: ${response.status} ${type}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('redirects a folder address without its final "/" with a relative Location', async () => {
      const folder = `${topicPage.slice(0, -1)}`;
      const response = await fetch(new URL(folder, nginx.url), { redirect: 'manual' });
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe(`${base}${topicPage}`);
    });

    it('sends a page unchanged whatever its address carries', async () => {
      const plain = await (await fetch(new URL(topicPage, nginx.url))).text();
      for (const suffix of hostileSuffixes) {
        const response = await fetch(`${nginx.url}${topicPage}${suffix}`);
        expect({ suffix, status: response.status, same: (await response.text()) === plain }).toEqual({
          suffix,
          status: 200,
          same: true,
        });
      }
    });

    it('sends the security headers and compresses text', async () => {
      const response = await fetch(nginx.url, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBeTruthy();
      expect(response.headers.get('permissions-policy')).toBeTruthy();
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-encoding')).toBe('gzip');
    });
  });
});

describe.runIf(nginxAvailable() && browserAvailable())('in Chromium, under nginx', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(hosted)(
    '$name: every page and a search load nothing from elsewhere and break no CSP rule',
    async ({ dir, base }) => {
      const nginx = await startNginx(dir, base);
      try {
        const context = await browser.newContext();
        const origin = new URL(nginx.url).origin;
        const foreign: string[] = [];
        const violations: string[] = [];
        context.on('request', (request) => {
          const url = new URL(request.url());
          if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
        });
        const page = await context.newPage();
        page.on('console', (message) => {
          if (/Content Security Policy|Refused to/iu.test(message.text())) violations.push(message.text());
        });
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => {
            console.error(`Refused to load: ${event.violatedDirective} ${event.blockedURI}`);
          });
        });
        const missing: string[] = [];
        for (const path of sitePages(dir)) {
          const response = await page.goto(new URL(path, nginx.url).href);
          for (const problem of headerProblems(response?.headers() ?? {})) missing.push(`${path}: ${problem}`);
          await page.waitForLoadState('networkidle');
        }
        expect(missing).toEqual([]);
        await page.goto(nginx.url);
        await page.keyboard.press('/');
        await page.keyboard.type('heroin');
        await page.locator('#search-results [role="option"]').first().waitFor();
        await page.keyboard.press('Enter');
        await page.waitForURL(/highlight=heroin/u);
        await page.waitForFunction(() => (CSS.highlights.get('search-hit')?.size ?? 0) > 0);
        expect(foreign).toEqual([]);
        expect(violations).toEqual([]);
        // The policy is in force and the watch works: an injected inline script is refused.
        await page.evaluate(() => {
          const script = document.createElement('script');
          script.textContent = 'window.injected = true';
          document.head.append(script);
        });
        expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
        await expect.poll(() => violations.length).toBeGreaterThan(0);
        await context.close();
      } finally {
        await nginx.stop();
      }
    },
  );

  it.each(hosted)(
    '$name: addresses with malformed encoding or markup throw nothing and run nothing',
    async ({ dir, base }) => {
      const nginx = await startNginx(dir, base);
      try {
        const urls = hostileSuffixes.map((suffix) => `${nginx.url}${topicPage}${suffix}`);
        const reports = (await openAllHostile(browser, urls)).map((report, i) => ({
          suffix: hostileSuffixes[i],
          ...report,
        }));
        expect(reports).toEqual(hostileSuffixes.map((suffix) => ({ suffix, problems: [], injected: 0, ran: false })));
      } finally {
        await nginx.stop();
      }
    },
  );
});
