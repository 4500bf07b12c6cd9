import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { siteDir } from '../helpers/build';
import { browserAvailable } from '../helpers/browser';
import { browserOnSite } from '../helpers/browser-on-site';
import { comparable, positionsInOrder, readPdf } from '../helpers/pdf';
import { line, paragraphLines } from '../helpers/source';

const release = 'releases/2019-01-28-stolen-assets-and-drug-trafficking/';
const siteName = 'Kazakhstan prosecutor releases, verbatim';

describe.runIf(browserAvailable())('printing from Chromium', () => {
  const site = browserOnSite(siteDir);

  async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await site.browser.newPage({ colorScheme });
    await page.goto(new URL(path, site.server.url).href);
    return page;
  }

  it('prints the full text as a clean document: masthead, the whole release in order, no furniture', async () => {
    // A reader whose screen is dark still gets black on white.
    const page = await open(`${release}full-text/`, 'dark');
    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    await page.close();

    const text = comparable(pdf.text);
    const passages = [
      siteName,
      'Press release of 28 January 2019',
      `${site.server.url}${release}full-text/`,
      line(1),
      ...paragraphLines(6, 54),
      line(57),
    ];
    const positions = positionsInOrder(pdf.text, passages);
    expect(passages.filter((_, i) => (positions[i] ?? -1) < 0)).toEqual([]);
    // Each page carries its number in the margin; the masthead opens the first page's content.
    expect(pdf.pages.length).toBeGreaterThan(1);
    pdf.pages.forEach((page, i) => expect(comparable(page)).toContain(`Page ${i + 1} of ${pdf.pages.length}`));
    expect(
      comparable(pdf.pages[0] ?? '')
        .replace(/^Page 1 of \d+ /u, '')
        .startsWith(siteName),
    ).toBe(true);
    for (const furniture of [
      'Search the text',
      'All topics',
      'Skip to content',
      'Home',
      'One page, to read or print',
      'SHA-256',
      '¶',
    ]) {
      expect(text, furniture).not.toContain(furniture);
    }
  });

  it('prints black on white, hides the controls and keeps headings with what follows', async () => {
    const page = await open(release, 'dark');
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const style = (selector: string, pseudo?: string) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element, pseudo) : undefined;
      };
      return {
        body: [style('body')?.color, style('body')?.backgroundColor],
        paragraph: style('.official-paragraph')?.color,
        caption: style('.official__caption')?.color,
        hidden: ['.site-header', '.header-actions', '.breadcrumbs', '.release-downloads__list'].map(
          (selector) => style(selector)?.display,
        ),
        masthead: style('.print-masthead')?.display,
        headings: ['h1', 'h2', 'h3'].map((selector) => style(selector)?.breakAfter),
        topicLink: style('.topic-card__title a', '::after')?.content,
        paragraphLink: style('.paragraph-link', '::after')?.content,
      };
    });
    await page.close();
    expect(styles.body).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    expect(styles.paragraph).toBe('rgb(0, 0, 0)');
    // Muted text stays dark grey on paper, not the light grey of the dark scheme.
    expect(styles.caption).toBe('rgb(68, 68, 68)');
    expect(styles.hidden).toEqual(['none', 'none', 'none', 'none']);
    expect(styles.masthead).not.toBe('none');
    expect(styles.headings).toEqual(['avoid', 'avoid', 'avoid']);
    // Only links that leave the site are followed by their address: the site's own are not.
    expect(styles.topicLink).toBe('none');
    expect(styles.paragraphLink).toBe('none');
  });

  it('prints a link that leaves the site with its address, and a chart as its table only', async () => {
    const page = await open(`${release}drug-trafficking/`);
    await page.evaluate(() => {
      const link = document.createElement('a');
      link.href = 'https://example.org/original';
      link.textContent = 'the original';
      link.id = 'outside';
      document.querySelector('main')?.append(link);
    });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      outside: getComputedStyle(document.getElementById('outside') as Element, '::after').content,
      svg: getComputedStyle(document.querySelector('.data-chart__svg') as Element).display,
      table: getComputedStyle(document.querySelector('.data-chart__text') as Element).position,
    }));
    await page.close();
    expect(printed).toEqual({ outside: '" <https://example.org/original>"', svg: 'none', table: 'static' });
  });

  it('prints the full text on at most two A4 pages', async () => {
    const page = await open(`${release}full-text/`);
    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    await page.close();
    console.info(`full text printed from Chromium: ${pdf.pages.length} A4 pages`);
    expect(pdf.pages.length).toBeLessThanOrEqual(2);
  });

  it('shows nothing of print on screen', async () => {
    const page = await open(release);
    expect(await page.locator('.print-masthead').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'One page, to read or print' }).isVisible()).toBe(true);
    await page.close();
  });

  it('"One page, to read or print" leads to the full text, where it opens the print dialog', async () => {
    const page = await site.browser.newPage();
    // Headless Chromium has no dialog to show: count the calls instead.
    await page.addInitScript(() => {
      const counted = window as Window & { printCalls?: number };
      counted.printCalls = 0;
      window.print = () => {
        counted.printCalls = (counted.printCalls ?? 0) + 1;
      };
    });
    await page.goto(new URL(`${release}work-plan/`, site.server.url).href);
    await page.getByRole('link', { name: 'One page, to read or print' }).click();
    await page.waitForURL(`**/${release}full-text/`);
    expect(await page.evaluate(() => (window as Window & { printCalls?: number }).printCalls)).toBe(0);
    const link = page.getByRole('link', { name: 'One page, to read or print' });
    expect(await link.getAttribute('aria-current')).toBe('page');
    await link.click();
    expect(await page.evaluate(() => (window as Window & { printCalls?: number }).printCalls)).toBe(1);
    expect(page.url()).toBe(new URL(`${release}full-text/`, site.server.url).href);
    await page.close();
  });
});

describe.runIf(browserAvailable())('printed release pages fill their paper', () => {
  const site = browserOnSite(siteDir);
  const pages = [
    '',
    release,
    ...['drug-trafficking', 'asset-recovery', 'work-plan'].map((t) => `${release}${t}/`),
    `${release}full-text/`,
  ];

  it.each(pages)('%s: no printed page but the last is more than half empty', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(new URL(path, site.server.url).href);
    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    await page.close();
    // A4 is 842 pt high, y counted from the bottom: content that stops above the middle leaves
    // the lower half empty. The page number printed in the bottom margin does not count.
    const lowest = pdf.items.map((items) =>
      Math.min(
        ...items.filter((item) => item.str.trim() !== '' && !/^Page \d+ of \d+$/u.test(item.str)).map((item) => item.y),
      ),
    );
    console.info(
      `${path || 'home'}: ${pdf.pages.length} A4 pages, lowest text at ${lowest.map((y) => Math.round(y)).join(' / ')} pt`,
    );
    for (const y of lowest.slice(0, -1)) expect(y).toBeLessThan(842 / 2);
  });
});
