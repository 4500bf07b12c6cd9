import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteDir } from '../helpers/build';
import { browserAvailable } from '../helpers/browser';
import { browserOnSite } from '../helpers/browser-on-site';
import { sitePages } from '../helpers/pages';

const pages = sitePages(siteDir);
const release = 'releases/2019-01-28-stolen-assets-and-drug-trafficking/';

/**
 * Where the words of an item run into each other when it is copied or read aloud: for each element
 * inside the item whose text is neither at the item's edge nor next to white space or punctuation
 * in the item's `innerText`, the item's text around the boundary ("tonsDrugs", "¶597").
 */
async function gluedWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((itemSelector) => {
    const glued: string[] = [];
    const separator = /[\s\p{P}\p{S}]/u;
    for (const item of document.querySelectorAll<HTMLElement>(itemSelector)) {
      if (item.closest('[hidden], .official__body')) continue;
      const text = item.innerText;
      let from = 0;
      for (const inner of item.querySelectorAll<HTMLElement>('*')) {
        const own = inner.innerText?.trim();
        if (!own || inner.closest('[hidden]') || getComputedStyle(inner).display === 'none') continue;
        const at = text.indexOf(own, from);
        if (at < 0) continue;
        const before = text.charAt(at - 1);
        const after = text.charAt(at + own.length);
        const beforeOwn = own.charAt(0);
        const afterOwn = own.charAt(own.length - 1);
        if (
          (at > 0 && !separator.test(before) && !separator.test(beforeOwn)) ||
          (after !== '' && !separator.test(after) && !separator.test(afterOwn))
        ) {
          glued.push(`${itemSelector}: …${text.slice(Math.max(0, at - 20), at + own.length + 20)}…`);
        }
        from = at;
      }
    }
    return glued;
  }, selector);
}

/** The accessible name of each visible button and link, as the page gives it. */
async function controls(page: Page): Promise<{ tag: string; name: string; href: string | null }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, a[href]')]
      .filter((element) => element.checkVisibility())
      .map((element) => {
        const labelledBy = element.getAttribute('aria-labelledby');
        const name =
          element.getAttribute('aria-label') ??
          (labelledBy ? (document.getElementById(labelledBy)?.innerText ?? '') : element.innerText);
        return {
          tag: element.tagName.toLowerCase(),
          name: name.replace(/\s+/gu, ' ').trim(),
          href: element instanceof HTMLAnchorElement ? element.href : null,
        };
      }),
  );
}

describe.runIf(browserAvailable())('text that reads right when copied or spoken', () => {
  const site = browserOnSite(siteDir);

  it.each(pages)(
    '%s: words of lists, cards and the footer are apart; buttons and links say where they go',
    async (path) => {
      const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      await page.goto(new URL(path, site.server.url).href);
      // What a reader can open is checked open: the Cite control and every other disclosure.
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const glued = (
        await Promise.all(
          ['li', '.data-card', '.site-footer p', '.release-meta div', '.data-files'].map((s) => gluedWords(page, s)),
        )
      ).flat();
      expect(glued).toEqual([]);

      const found = await controls(page);
      const buttons = found.filter((one) => one.tag === 'button').map((one) => one.name);
      expect(
        buttons.filter((name, i) => buttons.indexOf(name) !== i),
        'buttons sharing a name',
      ).toEqual([]);
      const targets = new Map<string, Set<string>>();
      for (const link of found.filter((one) => one.tag === 'a')) {
        targets.set(link.name, (targets.get(link.name) ?? new Set()).add(link.href ?? ''));
      }
      const ambiguous = [...targets]
        .filter(([, hrefs]) => hrefs.size > 1)
        .map(([name, hrefs]) => `${name}: ${[...hrefs].join(' ')}`);
      expect(ambiguous, 'links sharing a name and not a target').toEqual([]);
      await context.close();
    },
  );

  it('search results read with their paragraph apart from their words', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(`${release}?q=heroin`, site.server.url).href);
    await page.locator('#search-results [role="option"]').first().waitFor();
    const text = await page.locator('#search-results').innerText();
    expect(text).toContain('97 tons');
    expect(text).not.toMatch(/¶\d+97 tons/u);
    expect(await gluedWords(page, '#search-results [role="option"]')).toEqual([]);
    await context.close();
  });
});

describe.runIf(browserAvailable())('the official text is the most legible thing on the page', () => {
  const site = browserOnSite(siteDir);

  it.each([`${release}drug-trafficking/`, `${release}full-text/`, ''])(
    '%s: the official text is set at least as large to the eye (x-height) as the interface, and fills its panel',
    async (path) => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(new URL(path, site.server.url).href);
      const measured = await page.evaluate(() => {
        // The x-height a face is drawn with: the size times font-size-adjust where it is set,
        // otherwise times the ratio the installed face has (measured on a canvas).
        const xHeight = (element: Element): number => {
          const style = getComputedStyle(element);
          const size = Number.parseFloat(style.fontSize);
          const adjust = Number.parseFloat(style.fontSizeAdjust);
          if (Number.isFinite(adjust)) return size * adjust;
          const context = document.createElement('canvas').getContext('2d');
          if (!context) return Number.NaN;
          context.font = `${style.fontWeight} 100px ${style.fontFamily}`;
          return (size * context.measureText('x').actualBoundingBoxAscent) / 100;
        };
        const official = document.querySelector('main .official__body p');
        const panel = document.querySelector('main .official__body');
        return {
          official: official ? xHeight(official) : Number.NaN,
          ui: xHeight(document.body),
          // The room a paragraph leaves empty on the right of its panel.
          emptyRight:
            official && panel
              ? panel.getBoundingClientRect().right - official.getBoundingClientRect().right
              : Number.NaN,
        };
      });
      console.info(
        `${path || 'home'}: x-height official ${measured.official.toFixed(2)} px, interface ${measured.ui.toFixed(2)} px`,
      );
      expect(measured.official).toBeGreaterThanOrEqual(measured.ui);
      expect(measured.emptyRight).toBeLessThanOrEqual(1);
      await context.close();
    },
  );
});
