import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { firstLoad } from '../helpers/first-load';
import { siteDir } from '../helpers/build';
import { browserAvailable } from '../helpers/browser';
import { browserOnSite } from '../helpers/browser-on-site';

const release = 'releases/2019-01-28-stolen-assets-and-drug-trafficking/';

/** The page's cumulative layout shift so far, input-driven shifts aside. */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in a later task; a late shift would have come by then.
        setTimeout(() => resolve(total), 500);
      }),
  );
}

// The budget test counts a page's first load from the built files; here Chromium loads the page
// and tells what it really fetched, and whether anything moved.
describe.runIf(browserAvailable())('a first load in a browser', () => {
  const site = browserOnSite(siteDir);

  it.each(['index.html', `${release}drug-trafficking/index.html`, `${release}full-text/index.html`])(
    '%s fetches what the budget counts, and nothing shifts',
    async (file) => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(new URL(file.replace(/index\.html$/u, ''), site.server.url).href);
      await page.waitForLoadState('networkidle');
      const shift = await layoutShift(page);
      await context.close();

      const load = firstLoad(siteDir, file);
      const counted = load.resources.map((resource) => resource.path);
      // The measure stands a host's 404 page in for /favicon.ico, which the browser may ask for.
      const asked = fetched.map((path) => (path === '/favicon.ico' ? '/404.html' : path));
      // The stylesheet for paper is fetched too, at the lowest priority: named by the measure, not counted.
      expect(load.printStylesheets.length).toBe(1);
      expect(asked.filter((path) => !counted.includes(path))).toEqual(load.printStylesheets);
      expect(counted.filter((path) => path !== '/404.html' && !asked.includes(path))).toEqual([]);
      expect(shift).toBe(0);
    },
  );

  it('sees a shift when one happens: a block arriving late above the text', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // A shift counts only once the page has painted, hence the block's delay.
    const late = `setTimeout(() => document.body.insertAdjacentHTML('afterbegin', '<div style="height:300px">late</div>'), 300)`;
    await page.goto(`data:text/html,<p>Text that moves.</p><script>${late}</script>`);
    await page.waitForTimeout(800);
    expect(await layoutShift(page)).toBeGreaterThan(0);
    await context.close();
  });
});
