import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { outputRoot, siteDir } from '../helpers/build';
import { browserAvailable } from '../helpers/browser';
import { browserOnSite } from '../helpers/browser-on-site';

const release = 'releases/2019-01-28-stolen-assets-and-drug-trafficking/';
const topics = ['drug-trafficking', 'asset-recovery', 'work-plan'].map((topic) => `${release}${topic}/`);
const screenshots = join(outputRoot, 'screenshots');

/** Where the page's parts start, in CSS pixels from the top of the page. */
interface Layout {
  headerHeight: number;
  h1Top: number;
  summaryTop: number | undefined;
  /** The top of the first paragraph of official text. */
  textTop: number | undefined;
  /** Elements holding content that scroll inside themselves (their class or tag). */
  innerScrollers: string[];
  glanceTop: number | undefined;
  smallestChartText: number | undefined;
  /** How far the widest of the charts' words reach past their drawing's edges, in its units (0: none). */
  chartOverflow: number | undefined;
}

describe.runIf(browserAvailable())('the news first: what a reader sees on the first screen', () => {
  const site = browserOnSite(siteDir);
  beforeAll(() => mkdirSync(screenshots, { recursive: true }));

  async function layout(
    path: string,
    viewport: { width: number; height: number },
    colorScheme: 'light' | 'dark' = 'light',
    screenshot?: string,
  ): Promise<Layout> {
    const context = await site.browser.newContext({ viewport, colorScheme });
    const page = await context.newPage();
    await page.goto(new URL(path, site.server.url).href);
    if (screenshot) await page.screenshot({ path: join(screenshots, screenshot), fullPage: true });
    const measured = await page.evaluate(() => {
      const top = (selector: string): number | undefined => {
        const element = document.querySelector(selector);
        return element ? element.getBoundingClientRect().top + window.scrollY : undefined;
      };
      // The size text is drawn at: its font size in the drawing's units, times the drawing's scale.
      const chartText = [...document.querySelectorAll<SVGTextElement>('svg.data-chart__svg text')].map((text) => {
        const svg = text.ownerSVGElement;
        const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
        return Number.parseFloat(getComputedStyle(text).fontSize) * scale;
      });
      const overflow = [...document.querySelectorAll<SVGTextElement>('svg.data-chart__svg text')].map((text) => {
        const box = text.getBBox();
        const width = text.ownerSVGElement?.viewBox.baseVal.width ?? 0;
        return Math.max(0, -box.x, box.x + box.width - width);
      });
      return {
        chartOverflow: overflow.length > 0 ? Math.max(...overflow) : undefined,
        headerHeight: document.querySelector('.site-header')?.getBoundingClientRect().height ?? Infinity,
        h1Top: top('main h1') ?? Infinity,
        summaryTop: top('main .editorial'),
        textTop: top('main .official__body p'),
        innerScrollers: [...document.querySelectorAll('main *')]
          .filter((element) => {
            const { overflowY } = getComputedStyle(element);
            return /auto|scroll/u.test(overflowY) && element.scrollHeight > element.clientHeight + 1;
          })
          .map((element) => element.className || element.tagName),
        glanceTop: top('.glance'),
        smallestChartText: chartText.length > 0 ? Math.min(...chartText) : undefined,
      };
    });
    await context.close();
    return measured;
  }

  it.each([['', 3], [release, 3], ...topics.map((topic) => [topic, 1] as const), [`${release}full-text/`, 1]] as const)(
    '%s: at 320×640, a header of at most 120 px, and the official text within %i screen(s)',
    async (path, screens) => {
      const { headerHeight, h1Top, textTop, summaryTop } = await layout(path, { width: 320, height: 640 });
      console.info(
        `${path || 'home'} at 320×640: header ${headerHeight} px, h1 at ${h1Top} px, first official paragraph at ${textTop} px, editorial summary at ${summaryTop} px`,
      );
      expect(headerHeight).toBeLessThanOrEqual(120);
      expect(h1Top).toBeLessThan(640);
      expect(textTop).toBeDefined();
      expect(textTop ?? Infinity).toBeLessThanOrEqual(640 * screens);
    },
  );

  it.each([
    [320, 640],
    [1280, 800],
  ])('the open data table at %i px: every file link in sight, and the fields on few lines', async (width, height) => {
    const context = await site.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(new URL(`${release}data/`, site.server.url).href);
    const measured = await page.evaluate(() => {
      const links = [...document.querySelectorAll('.data-files-table__file')].map(
        (a) => a.getBoundingClientRect().right,
      );
      const fields = document.querySelector('.data-files-table td[data-label="Fields"]');
      // The lines the cell's words take (a table cell is as tall as its row, whatever it holds).
      const range = document.createRange();
      if (fields) range.selectNodeContents(fields);
      const lineTops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      return {
        links,
        right: document.documentElement.clientWidth,
        fieldLines: fields ? lineTops.size : Number.NaN,
      };
    });
    await context.close();
    expect(measured.links.length).toBeGreaterThan(0);
    expect(Math.max(...measured.links)).toBeLessThanOrEqual(measured.right);
    // The fields of a kind, a short list, read on a few lines, not one word a line.
    expect(measured.fieldLines).toBeLessThanOrEqual(width > 1000 ? 3 : 4);
  });

  it.each(['', release, ...topics, 'about/'])(
    '%s: at 1280×800, header, content and footer start on one line',
    async (path) => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(new URL(path, site.server.url).href);
      const edges = await page.evaluate(() =>
        ['.site-header__inner', 'main', '.site-footer__inner'].map((selector) => {
          const element = document.querySelector(selector);
          if (!element) return Number.NaN;
          return element.getBoundingClientRect().left + Number.parseFloat(getComputedStyle(element).paddingLeft);
        }),
      );
      await context.close();
      expect(Math.max(...edges) - Math.min(...edges)).toBeLessThanOrEqual(1);
    },
  );

  it.each([release, ...topics])('%s: at 1280×800, nothing holding content scrolls inside itself', async (path) => {
    const { innerScrollers } = await layout(path, { width: 1280, height: 800 });
    expect(innerScrollers).toEqual([]);
  });

  it.each(topics)(
    '%s: at 1280×800, each note level with its paragraph, or right below the note above it, and the text evenly spaced',
    async (path) => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(new URL(path, site.server.url).href);
      const measured = await page.evaluate(() => {
        const box = (element: Element | null | undefined): DOMRect | undefined => element?.getBoundingClientRect();
        const paragraphs = [...document.querySelectorAll('.official__body > p')].map((p) => box(p) as DOMRect);
        // Each note with the top of the paragraph it comes from, and the bottom of what stands above it.
        const blocks = [...document.querySelectorAll('.topic__side > * > *')];
        const notes = [...document.querySelectorAll('.topic__side .data-panel')].map((note) => {
          const anchor = note.querySelector('.data-source__link')?.getAttribute('href')?.split('#')[1] ?? '';
          const above = blocks.slice(0, blocks.indexOf(note)).map((block) => box(block)?.bottom ?? 0);
          return {
            anchor,
            top: box(note)?.top ?? Number.NaN,
            paragraphTop: box(document.getElementById(anchor))?.top ?? Number.NaN,
            aboveBottom: Math.max(0, ...above),
          };
        });
        const gaps = paragraphs.slice(1).map((p, i) => p.top - (paragraphs[i]?.bottom ?? 0));
        return { notes, gaps };
      });
      await context.close();
      console.info(
        `${path} at 1280×800: ${measured.notes.map((note) => `${note.anchor} ${Math.round(note.top - note.paragraphTop)} px below its paragraph`).join(', ')}`,
      );
      for (const note of measured.notes) {
        // Never above its paragraph; level with it where the note above leaves room.
        expect(note.top, note.anchor).toBeGreaterThanOrEqual(note.paragraphTop - 1);
        if (note.paragraphTop > note.aboveBottom + 24)
          expect(Math.abs(note.top - note.paragraphTop), note.anchor).toBeLessThanOrEqual(1);
        else expect(note.top - note.aboveBottom, note.anchor).toBeLessThanOrEqual(24);
      }
      // The notes make no room in the text: every paragraph is as far from the next.
      expect(Math.max(...measured.gaps) - Math.min(...measured.gaps)).toBeLessThanOrEqual(1);
    },
  );

  it.each([topics[0] ?? '', `${release}data/figures/`])(
    '%s: chart text at least 12 px at 320 px wide',
    async (path) => {
      const { smallestChartText } = await layout(path, { width: 320, height: 640 });
      console.info(`${path}: smallest chart text ${smallestChartText?.toFixed(1)} px at 320 px`);
      expect(smallestChartText).toBeDefined();
      expect(smallestChartText ?? 0).toBeGreaterThanOrEqual(12);
    },
  );

  it.each([topics[1] ?? '', `${release}data/figures/`])(
    '%s: every word of the charts inside their drawings, however long the label',
    async (path) => {
      const { chartOverflow } = await layout(path, { width: 320, height: 640 });
      console.info(`${path}: chart text reaches ${chartOverflow?.toFixed(1)} units past the drawing`);
      expect(chartOverflow).toBeDefined();
      expect(chartOverflow ?? Infinity).toBeLessThanOrEqual(0.5);
    },
  );

  it.each(['', release])('%s: at 1280×800, "At a glance" within the first two screens', async (path) => {
    const { glanceTop } = await layout(path, { width: 1280, height: 800 });
    expect(glanceTop).toBeDefined();
    expect(glanceTop ?? Infinity).toBeLessThan(1600);
  });

  it('writes screenshots of the home, the overview and a topic at 320, 768 and 1280 px in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [320, 768, 1280]) {
        for (const [name, path] of [
          ['home', ''],
          ['overview', release],
          ['topic', topics[0] ?? ''],
        ] as const) {
          const { headerHeight, h1Top } = await layout(
            path,
            { width, height: 800 },
            colorScheme,
            `${name}-${width}-${colorScheme}.png`,
          );
          // Whatever the width and theme, the headline comes right after a short header.
          expect(headerHeight, `${name} ${width} ${colorScheme}`).toBeLessThanOrEqual(120);
          expect(h1Top, `${name} ${width} ${colorScheme}`).toBeLessThan(400);
        }
      }
    }
  });
});

describe.runIf(browserAvailable())('citations copied from a page', () => {
  const site = browserOnSite(siteDir);

  it('copy the citation with the day it was copied, and no placeholder', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.url });
    const page = await context.newPage();
    await page.goto(new URL(release, site.server.url).href);
    await page.locator('.cite__summary').click();
    await page.locator('.cite__copy').first().click();
    await page.locator('.cite__status', { hasText: 'Copied' }).first().waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await context.close();
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(),
    );
    expect(copied).toMatch(new RegExp(`/${release} \\(accessed ${today}\\)\\.$`, 'u'));
    expect(copied).not.toContain('[');
  });
});
