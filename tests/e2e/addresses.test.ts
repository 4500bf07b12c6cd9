import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteDir } from '../helpers/build';
import { browserAvailable } from '../helpers/browser';
import { browserOnSite } from '../helpers/browser-on-site';
import { hostileSuffixes, openHostile, topicPage } from '../helpers/hostile';
import { sitePages } from '../helpers/pages';

// The test server sends no security headers, as GitHub Pages does: whatever protects these pages
// here is in the pages themselves.
describe.runIf(browserAvailable())('on a host that sends no headers', () => {
  const site = browserOnSite(siteDir);

  // Each address in its own browser context, a few at a time: most of the time is spent waiting.
  it.concurrent.for(hostileSuffixes)(
    'a page opened with %s throws nothing and runs nothing it carries',
    async (suffix, { expect }) => {
      const report = await openHostile(site.browser, `${site.server.url}${topicPage}${suffix}`);
      expect(report).toEqual({ problems: [], injected: 0, ran: false });
    },
  );

  // Every page runs the scripts of its own components (citations, downloads, search, theme).
  it.concurrent.for(sitePages(siteDir))(
    'page %s, opened with malformed encoding and markup in every part of its address, throws nothing',
    async (path, { expect }) => {
      const suffix = '?q=%E0%A4%A<img src=x onerror=window.__xss=1>&topic=%&highlight=heroin#%E0%A4%A';
      const report = await openHostile(site.browser, `${site.server.url}${path}${suffix}`);
      expect(report).toEqual({ problems: [], injected: 0, ran: false });
    },
  );

  /** Injects an inline script and an inline event handler; reports what ran and what was refused. */
  async function inject(page: Page): Promise<{ ran: string[]; refused: string[] }> {
    return page.evaluate(async () => {
      const w = window as unknown as { ran: string[] };
      w.ran = [];
      const refused: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => refused.push(event.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'window.ran.push("script")';
      document.head.append(script);
      const holder = document.createElement('div');
      holder.innerHTML =
        '<img src="data:," onerror="window.ran.push(\'handler\')" onload="window.ran.push(\'handler\')">';
      document.body.append(holder);
      await new Promise((done) => setTimeout(done, 300));
      return { ran: w.ran, refused };
    });
  }

  it('the policy in the page alone refuses an injected inline script and event handler', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.server.url}${topicPage}`);
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    const { ran, refused } = await inject(page);
    expect(ran).toEqual([]);
    expect(refused).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));
    await context.close();
  });

  it('the same page without its <meta> policy runs both (so the check above can fail)', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.route(`${site.server.url}${topicPage}`, async (route) => {
      const original = await route.fetch();
      const body = (await original.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/u, '');
      await route.fulfill({ response: original, body });
    });
    await page.goto(`${site.server.url}${topicPage}`);
    const { ran, refused } = await inject(page);
    expect(ran.sort()).toEqual(['handler', 'script']);
    expect(refused).toEqual([]);
    await context.close();
  });
});
