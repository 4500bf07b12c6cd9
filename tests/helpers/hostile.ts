import type { Browser, Page } from 'playwright-core';

/** The topic page that search results for `heroin` lead to: it has paragraphs to highlight. */
export const topicPage = 'releases/2019-01-28-stolen-assets-and-drug-trafficking/drug-trafficking/';

/**
 * The security headers every response must carry, as the site promises them (README, "What the
 * site sends"). Written out here rather than read from src/lib/site/security-headers.ts, so that a header
 * dropped there fails the tests too.
 */
export const expectedHeaderNames = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'x-frame-options',
  'cross-origin-opener-policy',
] as const;

/**
 * Addresses a reader (or a link someone else wrote) may open: percent-encoding that does not decode
 * (`%E0%A4%A` is a cut-off character), and markup in the query and the fragment, each of which would
 * set `window.__xss` or add an element with an event handler if it reached the page as markup.
 */
export const hostileSuffixes = [
  '?highlight=heroin#%E0%A4%A',
  '?highlight=x#%E0%A4%A',
  '?highlight=heroin#%',
  '?highlight=%E0%A4%A',
  '?highlight=%',
  '?q=%E0%A4%A',
  '?q=%',
  '?q=drug&topic=%FF%FE',
  '#%E0%A4%A',
  '#%',
  '?q=<img src=x onerror=window.__xss=1>',
  '?q="><script>window.__xss=2</script>',
  '?q=%3Csvg%20onload%3Dwindow.__xss%3D3%3E',
  '?highlight=<img src=x onerror=window.__xss=4>',
  '?highlight=heroin"><svg onload=window.__xss=5>',
  '?highlight=heroin#"><img src=x onerror=window.__xss=6>',
  '#<img src=x onerror=window.__xss=7>',
  '?q=drug&topic="><img src=x onerror=window.__xss=8>',
  '?highlight=heroin#p1"><img src=x onerror=window.__xss=9>',
] as const;

export interface AddressReport {
  /** Uncaught errors, console errors, dialogs and Content-Security-Policy violations. */
  problems: string[];
  /** Elements the address could only have put into the page as markup. */
  injected: number;
  /** Whether a script the address carried ran. */
  ran: boolean;
}

/**
 * Opens `url` in a new page and reports what went wrong: uncaught errors, console errors, dialogs,
 * policy violations (an injection the policy stopped is still an injection), elements with event
 * handlers and whether injected code ran.
 */
export async function openHostile(browser: Browser, url: string): Promise<AddressReport> {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  try {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // A search address opens the search: wait until it has answered.
    const query = new URL(page.url()).searchParams.get('q')?.trim();
    if (query) await page.waitForFunction(() => document.querySelector('#search-status')?.textContent !== '');
    const found = await page.evaluate(() => ({
      // Elements with event handlers, and inline scripts other than the theme script in the head.
      injected:
        document.querySelectorAll('[onerror], [onload], img[src="x"]').length +
        [...document.querySelectorAll('script:not([src]):not([type])')].filter(
          (script) => !(script.parentElement === document.head && script.textContent?.includes('localStorage')),
        ).length,
      ran: (window as unknown as { __xss?: unknown }).__xss !== undefined,
    }));
    return { problems, ...found };
  } finally {
    await context.close();
  }
}

/** {@link openHostile} for each address, `parallel` at a time, in the order given. */
export async function openAllHostile(
  browser: Browser,
  urls: readonly string[],
  parallel = 4,
): Promise<AddressReport[]> {
  const reports: AddressReport[] = new Array<AddressReport>(urls.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < urls.length; i = next++) reports[i] = await openHostile(browser, urls[i] ?? '');
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return reports;
}
