import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot } from '../helpers/build';
import { contentCopy, realRelease } from '../helpers/fixtures';
import { readPage, squash } from '../helpers/html';
import { loadPagefind } from '../helpers/pagefind';
import { browserAvailable } from '../helpers/browser';
import { browserOnSite } from '../helpers/browser-on-site';

const second = '2020-02-03-fixture-second-release';
const outDir = join(outputRoot, 'two-releases');

describe('a site with two releases', () => {
  it('publishes both, each with its topics, full text and search', async () => {
    const result = await buildSite({ contentDir: contentCopy('two-releases', ['second-release']), outDir });
    expect(result.code, result.output).toBe(0);

    for (const release of [realRelease, second]) {
      expect(existsSync(join(outDir, 'releases', release, 'index.html'))).toBe(true);
      expect(existsSync(join(outDir, 'releases', release, 'full-text/index.html'))).toBe(true);
    }
    expect(existsSync(join(outDir, 'releases', second, 'first/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'releases', second, 'second/index.html'))).toBe(true);

    // The home page features the newest release and lists the earlier one.
    const home = readPage(outDir, '');
    expect(squash(home.querySelector('h1')?.textContent)).toContain('Fixture release');
    const earlier = [...home.querySelectorAll('.earlier a')].map((a) => a.getAttribute('href'));
    expect(earlier).toContain(`/releases/${realRelease}/`);

    // Topic navigation stays within a release.
    const first = readPage(outDir, `releases/${second}/first/`);
    expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/releases/${second}/second/`);
    expect(first.querySelector('a[rel="prev"]')).toBeNull();

    const { search, ask } = await loadPagefind(outDir);
    expect((await search('frobnicatory'))[0]?.url).toBe(`/releases/${second}/second/`);
    expect((await ask('heroin')).results[0]?.url).toBe(`/releases/${realRelease}/drug-trafficking/#p5`);
  });
});

describe.runIf(browserAvailable())('a note beside its paragraph (the site with two releases, built above)', () => {
  const site = browserOnSite(outDir);

  it('at 1280×800, starts level with the paragraph it comes from, when the column above leaves room', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL(`releases/${second}/first/`, site.server.url).href);
    const tops = await page.evaluate(() => {
      const top = (element: Element | null): number => element?.getBoundingClientRect().top ?? Number.NaN;
      const note = document.querySelector('.topic__side .data-inline');
      const anchor = note?.querySelector('.data-source__link')?.getAttribute('href')?.split('#')[1] ?? '';
      return { note: top(note), paragraph: top(document.getElementById(anchor)), anchor };
    });
    await context.close();
    console.info(`the fixture's note at ${tops.note} px, its paragraph (${tops.anchor}) at ${tops.paragraph} px`);
    expect(tops.anchor).toMatch(/^p\d+$/u);
    expect(Math.abs(tops.note - tops.paragraph)).toBeLessThanOrEqual(1);
  });
});
