import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { languagesSiteDir, outputRoot } from '../helpers/build';
import { browserAvailable } from '../helpers/browser';
import { browserOnSite } from '../helpers/browser-on-site';
import { wcagViolations } from '../helpers/axe';
import { sitePages } from '../helpers/pages';

// The invented release in three languages (tests/fixtures/three-languages), as readers of its
// Russian and Kazakh pages meet it.
const release = '2021-03-04-fixture-three-languages';
// The page kinds a reader meets in another language, in Russian, and a topic in Kazakh: the other
// pages share their markup, and axe in two themes is the slowest check of the suite (the pages of
// the real release, in English, are all checked by a11y.test.ts).
const built = new Set(sitePages(languagesSiteDir));
const pages = [
  'ru/',
  `ru/releases/${release}/`,
  `ru/releases/${release}/bullfinches/`,
  `ru/releases/${release}/parallel/en/`,
  `kk/releases/${release}/bullfinches/`,
];
const screenshots = join(outputRoot, 'screenshots');

describe.runIf(browserAvailable())('the Russian and Kazakh pages in a browser', () => {
  const site = browserOnSite(languagesSiteDir);
  beforeAll(() => mkdirSync(screenshots, { recursive: true }));

  it('checks pages the build made, in both languages', () => {
    for (const path of pages) expect(built.has(path), path).toBe(true);
    expect(pages.some((path) => path.startsWith('kk/'))).toBe(true);
  });

  for (const theme of ['light', 'dark'] as const) {
    it.each(pages)(`%s has no WCAG 2.2 A/AA violation in the ${theme} theme`, async (path) => {
      const context = await site.browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      await page.goto(new URL(path, site.server.url).href);
      expect(await wcagViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it.each(pages)('%s does not scroll sideways at 320 px', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(new URL(path, site.server.url).href);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('takes the reader from a Russian paragraph to the same paragraph of the English version', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // Russian paragraph 6 says what English paragraph 5 says: the Russian text splits English 4 in two.
    await page.goto(new URL(`ru/releases/${release}/bullfinches/#p6`, site.server.url).href);
    await page.locator('.language-switcher a[hreflang="en"]').click();
    await page.waitForURL(/\/releases\/[^/]+\/bullfinches\/#p5$/u);
    expect(new URL(page.url()).pathname).toBe(`/releases/${release}/bullfinches/`);
    await context.close();
    // And from a paragraph scrolled to, with no address naming it: the first still on the screen.
    // A short window, so that the page scrolls; the link is followed where it is, without the
    // scroll a pointer's click would make to reach it.
    const short = await site.browser.newContext({ viewport: { width: 1280, height: 400 } });
    const reader = await short.newPage();
    await reader.goto(new URL(`ru/releases/${release}/bullfinches/`, site.server.url).href);
    await reader.evaluate(() => document.getElementById('p7')?.scrollIntoView({ block: 'start' }));
    await reader.evaluate(() => document.querySelector<HTMLElement>('.language-switcher a[hreflang="kk"]')?.click());
    await reader.waitForURL(/\/kk\/releases\/[^/]+\/bullfinches\/#p\d+$/u);
    // Russian 7 is English 6, which Kazakh numbers as English does.
    expect(new URL(reader.url()).hash).toBe('#p6');
    await short.close();
  });

  it('looks right on a phone, a tablet and a desk, in one theme or the other (screenshots)', async () => {
    for (const [width, theme] of [
      [320, 'dark'],
      [768, 'light'],
      [1280, 'dark'],
    ] as const) {
      const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
      const page = await context.newPage();
      await page.goto(new URL(`ru/releases/${release}/bullfinches/`, site.server.url).href);
      const file = join(screenshots, `ru-topic-${width}-${theme}.png`);
      await page.screenshot({ path: file, fullPage: true });
      // The switcher is in the header, on one screen with the heading.
      const box = await page.locator('.language-switcher').boundingBox();
      expect(box?.y ?? Infinity).toBeLessThan(200);
      await context.close();
    }
  });
});
