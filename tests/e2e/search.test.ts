import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { siteDir } from '../helpers/build';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { serveStatic, type StaticServer } from '../helpers/serve';

const release = 'releases/2019-01-28-stolen-assets-and-drug-trafficking/';

describe.runIf(browserAvailable())('the search box in a browser', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(siteDir)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(new URL(path, server.url).href);
    return { page, errors };
  }

  it('loads nothing of Pagefind until the reader uses the box', async () => {
    const before = server.requests.length;
    const { page } = await open(`${release}work-plan/`);
    await page.waitForLoadState('networkidle');
    expect(server.requests.slice(before).filter((path) => path.includes('pagefind'))).toEqual([]);
    await page.close();
  });

  it('finds a phrase, shows the page, its topic and a highlighted excerpt, and follows the result', async () => {
    const { page, errors } = await open('');
    await page.getByLabel('Search the text').fill('387 kg of heroin');
    const first = page.locator('.search__result').first();
    await first.waitFor();
    expect(await first.locator('.search__result-title').textContent()).toBe(
      'Countering drug trafficking and drug addiction',
    );
    expect(await first.locator('.search__result-topic').textContent()).toBe('Drug trafficking');
    expect(await first.locator('mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results?/u);
    await first.locator('a').click();
    await page.waitForURL(`**/${release}drug-trafficking/`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows results to one topic', async () => {
    const { page } = await open('');
    await page.getByLabel('Search the text').fill('General Prosecutor');
    await page.locator('.search__result').first().waitFor();
    expect(await page.locator('.search__result').count()).toBeGreaterThan(1);
    await page.getByLabel('Topic', { exact: true }).selectOption('Asset recovery');
    // The topic page, and the data pages that hold data of the topic (shown as "Release data").
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.search__result-topic')].every((el) => ['Asset recovery', 'Release data'].includes(el.textContent ?? '')),
    );
    const topics = await page.locator('.search__result-topic').allTextContents();
    expect(topics[0]).toBe('Asset recovery');
    expect(topics.filter((topic) => topic !== 'Release data')).toEqual(['Asset recovery']);
    await page.close();
  });

  it('shows a query only as text: markup in it runs nothing', async () => {
    const { page, errors } = await open('');
    const query = '<img src=x onerror=alert(1)>"><script>alert(2)</script>';
    await page.getByLabel('Search the text').fill(query);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent !== '');
    expect(await page.locator('#search-status').textContent()).toContain(query);
    expect(await page.locator('site-search img, site-search script').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
