import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/build';
import { browserAvailable } from '../helpers/browser';
import { browserOnSite } from '../helpers/browser-on-site';
import { wcagViolations } from '../helpers/axe';
import { sitePages } from '../helpers/pages';

const themes = ['light', 'dark'] as const;
const pages = sitePages(siteDir);
const release = 'releases/2019-01-28-stolen-assets-and-drug-trafficking/';
const squashText = (text: string | null): string => (text ?? '').replace(/\s+/gu, ' ').trim();

describe.runIf(browserAvailable())('accessibility and layout in a browser', () => {
  const site = browserOnSite(siteDir);

  for (const theme of themes) {
    it.each(pages)(`%s has no WCAG 2.2 A/AA violation in the ${theme} theme`, async (path) => {
      const context = await site.browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      await page.goto(new URL(path, site.server.url).href);
      expect(await wcagViolations(page)).toEqual([]);
      await context.close();
    });

    it(`the open search, with results and with none, has no violation in the ${theme} theme`, async () => {
      const context = await site.browser.newContext({ colorScheme: theme });
      const page = await context.newPage();
      await page.goto(new URL(`${release}?q=drug`, site.server.url).href);
      await page.locator('#search-results [role="option"]').first().waitFor();
      await page.keyboard.press('ArrowDown');
      expect(await wcagViolations(page)).toEqual([]);
      await page.fill('#search-input', 'zzyzx');
      await page.locator('[data-search-empty]').waitFor();
      expect(await wcagViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it.each(pages)('%s does not scroll sideways at 320 px', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(new URL(path, site.server.url).href);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await context.close();
  });

  it('keeps the text readable at 200% zoom on a 1280 px window (640 CSS px) without sideways scrolling', async () => {
    const context = await site.browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(new URL(`${release}full-text/`, site.server.url).href);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('offers system, light and dark, remembers the choice across pages with no flash, and goes back to the system', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(site.server.url);
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.getAttribute('aria-label')).toBe('Theme: system. Change theme');
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // On a light system the first press shows dark at once: a press that changed nothing visible
    // would look broken.
    await toggle.click();
    expect(await toggle.getAttribute('aria-label')).toBe('Theme: dark. Change theme');
    expect(squashText(await toggle.textContent())).toBe('Theme: dark');
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe(light);
    await toggle.click();
    expect(await toggle.getAttribute('aria-label')).toBe('Theme: light. Change theme');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(light);
    await toggle.click();
    expect(await toggle.getAttribute('aria-label')).toBe('Theme: system. Change theme');
    await toggle.click();
    expect(await toggle.getAttribute('aria-label')).toBe('Theme: dark. Change theme');

    // On the next page the theme is set before the first paint: the head script runs before the
    // body exists, so the first frame already has the dark background.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { firstTheme?: string | undefined }).firstTheme =
            document.documentElement.dataset['theme'];
        }
      });
    });
    await page.goto(new URL(`${release}work-plan/`, site.server.url).href);
    expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-label')).toBe('Theme: dark. Change theme');

    // Light next, then back to the system's setting, which forgets the choice.
    await page.locator('[data-theme-toggle]').click();
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-label')).toBe('Theme: light. Change theme');
    await page.locator('[data-theme-toggle]').click();
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-label')).toBe('Theme: system. Change theme');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(light);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await context.close();
  });

  it('reaches every topic, the search and the theme toggle by keyboard, with focus always visible', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url);
    const reached: string[] = [];
    const invisible: string[] = [];
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          name: (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/gu, ' ').trim(),
          href: el.getAttribute('href') ?? '',
          visible: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (!focus) break;
      reached.push(`${focus.name} ${focus.href}`);
      if (!focus.visible) invisible.push(focus.name);
    }
    const topicLinks = await page
      .locator('.release-next a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(topicLinks.length).toBeGreaterThan(0);
    for (const href of topicLinks) expect(reached.some((r) => r.endsWith(` ${href}`))).toBe(true);
    expect(reached.some((r) => r.startsWith('Search'))).toBe(true);
    expect(reached.some((r) => r.startsWith('Theme:'))).toBe(true);
    expect(invisible).toEqual([]);
    await context.close();
  });
});
