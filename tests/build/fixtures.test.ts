import { existsSync, readFileSync } from 'node:fs';
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
    // With the site's address, so that it has a sitemap.
    const result = await buildSite({
      contentDir: contentCopy('two-releases', ['second-release']),
      outDir,
      env: { SITE_URL: 'https://releases.example.org' },
    });
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

describe('pages only where there is data (the site with two releases, built above)', () => {
  // The fixture release has figures and no instructions, people or dates.
  const absent = ['instructions', 'people', 'timeline'];

  it('makes no page, link, sitemap entry or open-data file for a kind a release lacks', () => {
    const pages = (release: string) => join(outDir, 'releases', release, 'data');
    expect(existsSync(join(pages(second), 'figures/index.html'))).toBe(true);
    for (const page of absent) expect(existsSync(join(pages(second), page)), page).toBe(false);
    for (const file of ['instructions.csv', 'people.json', 'dates.schema.json']) {
      expect(existsSync(join(pages(second), file)), file).toBe(false);
    }
    expect(existsSync(join(pages(second), 'figures.csv'))).toBe(true);
    // The release that has every kind keeps every page.
    for (const page of absent) expect(existsSync(join(pages(realRelease), page, 'index.html')), page).toBe(true);

    const nav = (path: string) =>
      [...readPage(outDir, path).querySelectorAll('.data-nav a')].map((a) => squash(a.textContent));
    expect(nav(`releases/${second}/data/figures/`)).toEqual(['Key figures', 'Open data', 'Cite']);
    expect(nav(`releases/${second}/`)).toEqual(['Key figures', 'Open data', 'Cite']);
    expect(nav(`releases/${realRelease}/data/`).length).toBe(6);

    const hub = readPage(outDir, `releases/${second}/data/`);
    const listed = [...hub.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    for (const page of absent)
      expect(
        listed.filter((href) => href.includes(`/data/${page}`)),
        page,
      ).toEqual([]);
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/releases/${second}/data/figures/`);
    for (const page of absent) expect(sitemap).not.toContain(`/releases/${second}/data/${page}/`);
    const datapackage = JSON.parse(readFileSync(join(pages(second), 'datapackage.json'), 'utf8')) as {
      resources: { path: string }[];
    };
    const names = datapackage.resources.map((resource) => resource.path.split('/').at(-1));
    expect(names).toContain('figures.csv');
    expect(names.filter((name) => /^(instructions|people|dates)\./u.test(name ?? ''))).toEqual([]);
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
      const note = document.querySelector('.topic__side .data-panel');
      const anchor = note?.querySelector('.data-source__link')?.getAttribute('href')?.split('#')[1] ?? '';
      return { note: top(note), paragraph: top(document.getElementById(anchor)), anchor };
    });
    await context.close();
    console.info(`the fixture's note at ${tops.note} px, its paragraph (${tops.anchor}) at ${tops.paragraph} px`);
    expect(tops.anchor).toMatch(/^p\d+$/u);
    expect(Math.abs(tops.note - tops.paragraph)).toBeLessThanOrEqual(1);
  });
});
