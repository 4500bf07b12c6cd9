import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { pressBase, pressSiteDir, siteDir } from '../helpers/build';
import { browserAvailable } from '../helpers/browser';
import { browserOnSite } from '../helpers/browser-on-site';
import { frontmatterField, topicFiles } from '../helpers/content';

const release = 'releases/2019-01-28-stolen-assets-and-drug-trafficking/';

/**
 * Serves Pagefind through a stand-in: the real bundle, but each answer passes through `delay`, the
 * body of an async function of `query` and `answer` run before the answer is returned.
 */
async function pagefindStandIn(page: Page, delay: string): Promise<void> {
  const real = await readFile(join(siteDir, 'pagefind/pagefind.js'), 'utf8');
  await page.route('**/pagefind/pagefind-real.js', (route) =>
    route.fulfill({ body: real, contentType: 'text/javascript' }),
  );
  await page.route('**/pagefind/pagefind.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `import * as real from './pagefind-real.js';
export const options = real.options, init = real.init, filters = real.filters, preload = real.preload;
export async function search(query, opts) {
  const answer = await real.search(query, opts);
  ${delay}
  return answer;
}`,
    }),
  );
}

/** Serves Pagefind through a stand-in that answers one query 1.5 s late, the others at once. */
function answerSlowly(page: Page, slowQuery: string): Promise<void> {
  return pagefindStandIn(
    page,
    `if (query === ${JSON.stringify(slowQuery)}) await new Promise((done) => setTimeout(done, 1500));`,
  );
}

describe.runIf(browserAvailable())('search in a browser, by keyboard', () => {
  const site = browserOnSite(siteDir);
  let context: BrowserContext;

  beforeAll(async () => {
    context = await site.browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
  });

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(new URL(path, site.server.url).href);
    return { page, errors };
  }

  const status = (page: Page) => page.locator('#search-status');
  const dialogOpen = (page: Page) =>
    page.evaluate(() => document.querySelector<HTMLDialogElement>('#search-dialog')?.open);

  async function searchFor(page: Page, query: string): Promise<void> {
    await page.keyboard.press('/');
    await page.keyboard.type(query);
    await page.waitForFunction(
      (q) => document.querySelector<HTMLElement>('#search-status')?.dataset['query'] === q,
      query,
    );
  }

  it('loads no search code or index until the reader opens search', async () => {
    const before = site.server.requests.length;
    const { page } = await open(`${release}work-plan/`);
    await page.waitForLoadState('networkidle');
    const fetched = site.server.requests.slice(before);
    expect(fetched.filter((path) => /pagefind|search-ui/u.test(path))).toEqual([]);
    const bundle = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.querySelector('#search-dialog')?.hasAttribute('open'));
    await bundle;
    await page.close();
  });

  it('opens with / and Ctrl+K, not while typing in a field, and Escape returns focus', async () => {
    const { page } = await open('');
    // Reach the header's search control by keyboard: skip link first, then the site name, then it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Search/u);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'search-input');
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Search/u);

    await page.keyboard.press('Control+k');
    await page.waitForFunction(() => document.activeElement?.id === 'search-input');
    await page.keyboard.press('Escape');
    // Closing gives focus back when the dialog's close event runs: wait for it before moving on.
    await page.waitForFunction(() => document.activeElement?.matches('[data-search-open]'));

    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'other-field';
      document.querySelector('main')?.append(field);
      field.focus();
    });
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#other-field')).toBe('a/b');
    expect(await dialogOpen(page)).toBe(false);
    await page.close();
  });

  it('opened with / from the page and closed with Escape, opens again with / pressed at once', async () => {
    const { page } = await open('');
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.id === 'search-input');
    await page.keyboard.type('heroin');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('“heroin”'));
    // As a quick hand would: the field of the closed dialog must not keep focus and swallow the /.
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    await page.keyboard.press('/');
    expect(await dialogOpen(page)).toBe(true);
    await page.close();
  });

  it('announces the count, moves through results with arrows and opens one with Enter, landing on the words', async () => {
    const { page, errors } = await open('');
    await searchFor(page, 'program 2016');
    expect(await status(page).textContent()).toMatch(/^\d+ results? found for “program 2016”/u);
    expect(await page.getAttribute('#search-input', 'aria-expanded')).toBe('true');

    const options = page.locator('#search-results [role="option"]');
    expect(await options.count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#search-input', 'aria-activedescendant')).toBe(
      await options.nth(0).getAttribute('id'),
    );
    await page.keyboard.press('ArrowDown');
    const second = options.nth(1);
    expect(await second.getAttribute('aria-selected')).toBe('true');
    // The second option is a paragraph of the first result: it links to the paragraph's anchor.
    const href = (await second.getAttribute('href')) ?? '';
    expect(href).toMatch(/#p\d+$/u);
    expect(await second.locator('mark').count()).toBeGreaterThan(0);

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.hash !== '' && url.searchParams.has('highlight'));
    await page.waitForFunction(() => (CSS.highlights.get('search-hit')?.size ?? 0) > 0);
    const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
    const highlighted = await page.evaluate((id) => {
      const paragraph = document.getElementById(id);
      const ranges = [...(CSS.highlights.get('search-hit') ?? [])] as Range[];
      const inTarget = ranges.filter((range) => paragraph?.contains(range.startContainer));
      const box = inTarget[0]?.getBoundingClientRect();
      return {
        text: paragraph?.textContent ?? '',
        words: inTarget.map((range) => range.toString().toLowerCase()),
        visible: !!box && box.top >= 0 && box.bottom <= innerHeight,
      };
    }, target);
    const expected = ['program', '2016'].filter((word) => highlighted.text.toLowerCase().includes(word));
    expect(expected.length).toBeGreaterThan(0);
    expect(new Set(highlighted.words)).toEqual(new Set(expected));
    expect(highlighted.visible).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers the topics of the content as filters, and a filter narrows the results', async () => {
    const { page } = await open('');
    const labels = topicFiles().map(({ file }) => frontmatterField(file, 'label'));
    const offered = await page.locator('#search-topic option').allTextContents();
    expect(offered).toEqual(expect.arrayContaining(labels.map(String)));
    await searchFor(page, 'General Prosecutor');
    expect(await page.locator('.search-result:not(.search-result--paragraph)').count()).toBeGreaterThan(1);
    await page.locator('#search-topic').selectOption('Asset recovery');
    await page.waitForFunction(() =>
      document.querySelector('#search-status')?.textContent?.includes('in Asset recovery'),
    );
    // The topic page first; data pages that hold data of the topic may follow, as "Release data".
    const topics = await page.locator('.search-result__topic').allTextContents();
    expect(topics[0]).toBe('Asset recovery');
    expect(topics.filter((topic) => topic !== 'Release data')).toEqual(['Asset recovery']);
    // The address names the topic by its slug; an address naming it by its label still works.
    expect(new URL(page.url()).searchParams.get('topic')).toBe('asset-recovery');
    for (const topic of ['asset-recovery', 'Asset recovery']) {
      const again = (await open(`?q=General+Prosecutor&topic=${encodeURIComponent(topic)}`)).page;
      await again.waitForFunction(() =>
        document.querySelector('#search-status')?.textContent?.includes('in Asset recovery'),
      );
      expect(await again.inputValue('#search-topic')).toBe('Asset recovery');
      await again.close();
    }
    await page.close();
  });

  it('says what a word was searched as, and offers a word whose beginning was misspelt', async () => {
    const { page } = await open('');
    await searchFor(page, 'heroine');
    expect(await status(page).textContent()).toMatch(
      / found for “heroine”\. Searched as the text writes it: “heroin” for “heroine”\.$/u,
    );
    await page.close();
    const second = (await open('')).page;
    await searchFor(second, 'trafic');
    expect(await second.locator('#search-suggest button').allTextContents()).toContain('trafficking');
    await second.close();
  });

  it('marks a paragraph that holds only some of the words', async () => {
    const { page } = await open('');
    await searchFor(page, 'stolen funds');
    const paragraphs = await page.locator('.search-result--paragraph').evaluateAll((links) =>
      links.map((link) => ({
        text: (link.querySelector('.search-result__excerpt')?.textContent ?? '').toLowerCase(),
        partial: link.querySelector('.search-result__partial') !== null,
      })),
    );
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const { text, partial } of paragraphs) {
      const both = /\bstolen\b/u.test(text) && /\bfunds\b/u.test(text);
      expect(partial, text).toBe(!both);
    }
    expect(paragraphs.some(({ partial }) => partial)).toBe(true);
    await page.close();
  });

  it('shows every result the status line counts, and every paragraph of each, when asked', async () => {
    const { page } = await open('');
    await searchFor(page, 'drug');
    const line = (await status(page).textContent()) ?? '';
    const counted = Number(/(\d+) results found/u.exec(line)?.[1]);
    expect(line).toMatch(/, the first 8 shown\.$/u);
    const pages = page.locator('.search-result:not(.search-result--paragraph)');
    expect(await pages.count()).toBe(8);
    const more = page.locator('[data-search-more]');
    expect(await more.textContent()).toMatch(
      new RegExp(`^Show all ${counted} results and every paragraph that holds the words \\((\\d+)\\)$`, 'u'),
    );
    const paragraphs = Number(/\((\d+)\)$/u.exec((await more.textContent()) ?? '')?.[1]);
    await more.click();
    expect(await pages.count()).toBe(counted);
    expect(await page.locator('.search-result--paragraph').count()).toBe(paragraphs);
    expect(await more.isHidden()).toBe(true);
    expect(await status(page).textContent()).toBe(line.replace(', the first 8 shown', ''));
    // Focus is back in the field, the first result that was not shown before selected.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    const selected = await page.getAttribute('#search-input', 'aria-activedescendant');
    expect(selected).toBe(
      'search-option-' +
        String(
          await page
            .locator('.search-result')
            .evaluateAll((all) => all.findIndex((el) => el.getAttribute('aria-selected') === 'true')),
        ),
    );
    // Every paragraph of the release that holds the word is reachable: as many as the pages hold.
    const ids = await page
      .locator('.search-result--paragraph')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash));
    expect(new Set(ids).size).toBe(ids.length);
    await page.close();
  });

  it('shows the official words at least as large as the release data in the results', async () => {
    const { page } = await open('');
    await searchFor(page, 'heroin');
    const sizes = await page.evaluate(() => {
      const size = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? Number.parseFloat(getComputedStyle(element).fontSize) : Number.NaN;
      };
      return {
        official: size('.search-result--paragraph:not(.search-result--data) .search-result__excerpt'),
        data: size('.search-result--data .search-result__excerpt'),
      };
    });
    expect(sizes.official).toBeGreaterThanOrEqual(sizes.data);
    await page.close();
  });

  it('keeps the query in the address: reload and Back show the same results', async () => {
    const { page } = await open(`${release}work-plan/`);
    await searchFor(page, 'heroin');
    expect(new URL(page.url()).searchParams.get('q')).toBe('heroin');
    const shown = await status(page).textContent();

    await page.reload();
    await page.waitForFunction((text) => document.querySelector('#search-status')?.textContent === text, shown);
    expect(await page.inputValue('#search-input')).toBe('heroin');

    await page.keyboard.press('Enter');
    // The page opens on the paragraph that holds the word.
    await page.waitForURL(`**/${release}drug-trafficking/?highlight=heroin#p5`);
    await page.goBack();
    await page.waitForFunction((text) => document.querySelector('#search-status')?.textContent === text, shown);
    expect(await dialogOpen(page)).toBe(true);

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('q'));
    expect(await dialogOpen(page)).toBe(false);
    await page.close();
  });

  it('says plainly when nothing is found and offers the topics', async () => {
    const { page } = await open('');
    await searchFor(page, 'zzyzx');
    expect(await status(page).textContent()).toBe('“zzyzx” is not in the text.');
    const offered = page.locator('[data-search-empty] a');
    // The newest release's overview and topics, and the page that lists every release.
    expect(await offered.count()).toBe(topicFiles().length + 2);
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
    await page.close();
  });

  it('says plainly which word is not in the text, and shows what holds the others under it', async () => {
    const { page } = await open('');
    await searchFor(page, 'synthetic drugs');
    expect(await status(page).textContent()).toMatch(/^“synthetic” is not in the text\. \d+ results hold “drugs”/u);
    const marked = await page.locator('#search-results mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((text) => /^drugs?$/iu.test(text))).toBe(true);
    await page.close();
  });

  it('finds quoted words only in their order, and says so when they are not', async () => {
    const { page } = await open('');
    await searchFor(page, '"stolen funds"');
    expect(await page.locator('#search-results mark').allTextContents()).toContain('stolen funds');
    await page.fill('#search-input', '"funds stolen"');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#search-status')?.dataset['query'] === '"funds stolen"',
    );
    expect(await status(page).textContent()).toBe(
      'No results for “"funds stolen"”: the words are in the text, but not together in this order.',
    );
    await page.close();
  });

  it('offers the nearest words of the text for a misspelling, and a choice searches again', async () => {
    const { page } = await open('');
    await searchFor(page, 'asets');
    expect(await status(page).textContent()).toBe('“asets” is not in the text.');
    expect(await page.locator('#search-results [role="option"]').count()).toBe(0);
    const offered = page.locator('#search-suggest button');
    expect(await offered.first().textContent()).toBe('assets');
    await offered.first().click();
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#search-status')?.dataset['query'] === 'assets',
    );
    expect(await page.inputValue('#search-input')).toBe('assets');
    expect(await status(page).textContent()).toMatch(/^\d+ results? found for “assets”/u);
    expect(await page.locator('#search-suggest').isHidden()).toBe(true);
    await page.close();
  });

  it('takes Enter to the paragraph that answers a precise question, highlighting no little word alone', async () => {
    const { page } = await open('');
    await searchFor(page, 'Ministry of Justice');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${release}asset-recovery/?highlight=**#p24`);
    await page.waitForFunction(() => (CSS.highlights.get('search-hit')?.size ?? 0) > 0);
    const words = await page.evaluate(() =>
      ([...(CSS.highlights.get('search-hit') ?? [])] as Range[]).map((range) => range.toString().toLowerCase()),
    );
    // "of" only ever between "ministry" and "justice", as one phrase.
    words.forEach((word, i) => {
      if (word === 'of') expect([words[i - 1], words[i + 1]]).toEqual(['ministry', 'justice']);
    });
    const inTarget = await page.evaluate(() => {
      const paragraph = document.getElementById('p24');
      return ([...(CSS.highlights.get('search-hit') ?? [])] as Range[])
        .filter((range) => paragraph?.contains(range.startContainer))
        .map((range) => range.toString());
    });
    expect(inTarget).toEqual(['Ministry', 'of', 'Justice']);
    // The target paragraph is not filled with the highlight's colour, which would hide the words.
    const fills = await page.evaluate(() => {
      const mark = document.body.appendChild(document.createElement('mark'));
      const colours = {
        highlight: getComputedStyle(mark).backgroundColor,
        target: getComputedStyle(document.getElementById('p24') ?? document.body).backgroundColor,
      };
      mark.remove();
      return colours;
    });
    expect(fills.target).not.toBe(fills.highlight);
    await page.close();
  });

  it('sets release data apart from the official text in the results', async () => {
    const { page } = await open('');
    await searchFor(page, 'drug crimes');
    const fonts = await page.evaluate(() => {
      const font = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).fontFamily : '';
      };
      return {
        data: font('.search-result--data .search-result__excerpt'),
        official: font('.search-result:not(.search-result--data) .search-result__excerpt'),
        body: getComputedStyle(document.body).fontFamily,
      };
    });
    expect(fonts.data).not.toBe('');
    expect(fonts.data).not.toBe(fonts.official);
    expect(fonts.data).toBe(fonts.body);
    await page.close();
  });

  it('shows a query only as text: markup in it runs nothing', async () => {
    const { page, errors } = await open('');
    const query = '<img src=x onerror=alert(1)>"><script>alert(2)</script>';
    await searchFor(page, query);
    expect(await status(page).textContent()).toMatch(/“onerror”.* not in the text/u);
    expect(await page.inputValue('#search-input')).toBe(query);
    expect(await page.locator('#search-dialog img, #search-dialog script').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('drops the answer to an older query that arrives after a newer one', async () => {
    const page = await context.newPage();
    await answerSlowly(page, 'heroin');
    await page.goto(site.server.url);
    await page.keyboard.press('/');
    await page.keyboard.type('heroin');
    await page.waitForTimeout(300);
    await page.fill('#search-input', 'Baizhanov');
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('Baizhanov'));
    await page.waitForTimeout(1700);
    expect(await status(page).textContent()).toContain('“Baizhanov”');
    const titles = await page.locator('.search-result__excerpt').allTextContents();
    expect(titles.join(' ')).toContain('Baizhanov');
    expect(titles.join(' ')).not.toContain('heroin');
    await page.close();
  });

  it('Enter pressed before the results arrive opens the first of them once they are shown', async () => {
    const page = await context.newPage();
    await answerSlowly(page, 'heroin');
    await page.goto(site.server.url);
    await page.keyboard.press('/');
    await page.keyboard.type('heroin');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${release}drug-trafficking/?highlight=heroin#p5`);
    await page.close();
  });

  it('never shows, nor opens on Enter, an answer to what the reader had typed before', async () => {
    const page = await context.newPage();
    // Pagefind's answer to "drug" is held back until the test lets it go; the status lines shown
    // are reported as they change.
    await pagefindStandIn(
      page,
      `if (query === 'drug') {
    // Its pages are fetched now, so that once let go the answer is complete at once.
    const pages = await Promise.all(answer.results.map((result) => result.data()));
    answer.results.forEach((result, i) => (result.data = async () => pages[i]));
    globalThis.asked.push(query);
    await globalThis.held;
  }`,
    );
    await page.addInitScript(() => {
      const scope = globalThis as unknown as { asked: string[]; held: Promise<void>; letGo: () => void };
      scope.asked = [];
      scope.held = new Promise((done) => (scope.letGo = done));
      document.addEventListener('DOMContentLoaded', () => {
        const line = document.querySelector('#search-status');
        if (line)
          new MutationObserver(() => console.log(`status: ${line.textContent}`)).observe(line, { childList: true });
      });
    });
    const shown: string[] = [];
    page.on('console', (message) => shown.push(message.text()));
    await page.goto(site.server.url);
    await page.keyboard.press('/');
    await page.keyboard.type('drug');
    await page.waitForFunction(() => (globalThis as unknown as { asked: string[] }).asked.includes('drug'));
    // In one step: the reader types something else, and the answer to "drug" arrives before the
    // search for what is now typed has started.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-input');
      if (!input) throw new Error('no search field');
      input.value = 'heroin';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      (globalThis as unknown as { letGo: () => void }).letGo();
    });
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/${release}drug-trafficking/?highlight=heroin#p5`);
    expect(shown.filter((line) => line.includes('“drug”'))).toEqual([]);
    expect(shown.some((line) => line.includes('“heroin”'))).toBe(true);
    await page.close();
  });

  it('without JavaScript, the search control leads to a page that explains itself', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(new URL(`${release}asset-recovery/`, site.server.url).href);
    expect(await page.locator('.official-paragraph').count()).toBeGreaterThan(3);
    await page.locator('[data-search-open]').click();
    await page.waitForURL('**/search/');
    expect(await page.locator('main').textContent()).toContain('Search needs JavaScript');
    expect(await page.locator('main a[href$="/asset-recovery/"]').count()).toBe(1);
    await noScript.close();
  });
});

describe.runIf(browserAvailable())('search on a phone', () => {
  const site = browserOnSite(siteDir);

  it('with the on-screen keyboard up (320×340), the first result is in sight; no keyboard hints on touch', async () => {
    const context = await site.browser.newContext({
      viewport: { width: 320, height: 340 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(new URL(`${release}work-plan/`, site.server.url).href);
    await page.locator('.search-button').first().tap();
    await page.locator('#search-input').fill('heroin');
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#search-status')?.dataset['query'] === 'heroin',
    );
    const box = await page.locator('.search-result').first().boundingBox();
    console.info(`phone search: the first result at ${box?.y} px of a 340 px viewport`);
    expect(box).not.toBeNull();
    expect((box?.y ?? Infinity) + Math.min(box?.height ?? 0, 40)).toBeLessThanOrEqual(340);
    expect(await page.locator('#search-help').isVisible()).toBe(false);
    expect(await page.locator('.search-dialog__close kbd').isVisible()).toBe(false);
    await context.close();
  });
});

describe.runIf(browserAvailable())('search under a base path', () => {
  const site = browserOnSite(pressSiteDir, pressBase);

  it('finds results and links them under /press/', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}${release}`);
    await page.keyboard.press('/');
    await page.keyboard.type('financial intelligence');
    const first = page.locator('#search-results [role="option"]').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^/press/${release}asset-recovery/`, 'u'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/press/${release}asset-recovery/?highlight=**`);
    expect(site.server.requests.filter((path) => !path.startsWith('/press/'))).toEqual([]);
    await context.close();
  });
});
