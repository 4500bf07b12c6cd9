import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, languagesSiteDir, outputRoot, pressSiteUrl, projectRoot, siteDir } from '../helpers/build';
import { contentCopy, edit } from '../helpers/fixtures';
import { officialParagraphs, readPage } from '../helpers/html';
import { loadPagefind } from '../helpers/pagefind';
import { builtPages, firstLoad } from '../helpers/first-load';
import budgets from '../../budgets.json';
import { parsePublishedText } from '../../src/lib/text/published-text';

// A release invented for the tests, in English (its folder's own version), Russian and Kazakh: every
// behaviour of language versions is tested on it, never on the real content, which has one version.
const release = '2021-03-04-fixture-three-languages';
const fixture = join(projectRoot, 'tests/fixtures/three-languages', release);
// Built once for every test run (tests/helpers/global-setup.ts).
const outDir = languagesSiteDir;
const siteUrl = pressSiteUrl;
const versions = [
  { lang: 'en', prefix: '', folder: '' },
  { lang: 'ru', prefix: 'ru/', folder: 'ru' },
  { lang: 'kk', prefix: 'kk/', folder: 'kk' },
] as const;

/** The built HTML pages of a site, as site paths (`ru/releases/x/`), in order. */
function pagesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map((file) =>
      file
        .split(sep)
        .join('/')
        .replace(/index\.html$/u, ''),
    )
    .sort();
}

/** A page's `hreflang` alternates: language to site path (from an absolute address). */
function alternatesOf(doc: Document): Map<string, string> {
  return new Map(
    [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
      link.getAttribute('hreflang') ?? '',
      new URL(link.getAttribute('href') ?? '').pathname.slice(1),
    ]),
  );
}

describe('a release in three languages', () => {
  it('is built with a version in each language, each checked against its own text', () => {
    for (const { lang, prefix, folder } of versions) {
      const published = parsePublishedText(readFileSync(join(fixture, folder, 'press-release.txt'), 'utf8'));
      const page = readPage(outDir, `${prefix}releases/${release}/full-text/`);
      expect(page.documentElement.getAttribute('lang'), lang).toBe(lang);
      // Every paragraph of the version's own text, in order, word for word, then its attribution.
      expect(officialParagraphs(page), lang).toEqual([...published.paragraphs, published.attribution]);
      for (const path of ['', 'about/', 'search/', `releases/${release}/`, `releases/${release}/bullfinches/`]) {
        expect(existsSync(join(outDir, prefix, path, 'index.html')), `${prefix}${path}`).toBe(true);
      }
      for (const file of ['press-release.txt', 'press-release.pdf', 'data/figures.csv', 'data/citation.bib']) {
        expect(existsSync(join(outDir, prefix, 'releases', release, file)), `${prefix}${file}`).toBe(true);
      }
      // The text file is the version's own, byte for byte.
      expect(readFileSync(join(outDir, prefix, 'releases', release, 'press-release.txt'))).toEqual(
        readFileSync(join(fixture, folder, 'press-release.txt')),
      );
    }
    // The feed is in English: one item per English version, none for the other versions.
    const feed = readFileSync(join(outDir, 'feed.xml'), 'utf8');
    const links = [...feed.matchAll(/<item>.*?<link>([^<]+)<\/link>/gsu)].map(
      (match) => new URL(match[1] ?? '').pathname,
    );
    expect(links.sort()).toEqual(
      [`/releases/${release}/`, '/releases/2019-01-28-stolen-assets-and-drug-trafficking/'].sort(),
    );
    // The real release, in English only, has no page in another language.
    expect(existsSync(join(outDir, 'ru/releases/2019-01-28-stolen-assets-and-drug-trafficking'))).toBe(false);
  });

  it('gives every page the language of its address, and alternates that answer each other', () => {
    const pages = pagesOf(outDir);
    expect(pages.filter((path) => path.startsWith('ru/')).length).toBeGreaterThan(5);
    let linked = 0;
    for (const path of pages) {
      const doc = readPage(outDir, path);
      const lang = /^(ru|kk)\//u.exec(path)?.[1] ?? 'en';
      expect(doc.documentElement.getAttribute('lang'), path).toBe(lang);
      const alternates = alternatesOf(doc);
      if (alternates.size === 0) continue;
      linked += 1;
      // The page names itself under its own language, and each alternate names the same set back.
      expect(alternates.get(lang), path).toBe(path);
      for (const [other, target] of alternates) {
        if (other === 'x-default') {
          expect(target, path).toBe(alternates.get('en'));
          continue;
        }
        expect(existsSync(join(outDir, target, 'index.html')), `${path} → ${target}`).toBe(true);
        expect(alternatesOf(readPage(outDir, target)), `${target} answers ${path}`).toEqual(alternates);
      }
    }
    // The fixture's pages, and the home, about and search pages of each language.
    expect(linked).toBeGreaterThanOrEqual(3 * 8);
    // Pages of the English-only release name no other language.
    const real = readPage(outDir, 'releases/2019-01-28-stolen-assets-and-drug-trafficking/');
    expect(alternatesOf(real).size).toBe(0);
    expect(real.querySelector('.language-switcher')).toBeNull();
  });

  it('lists each page with its versions in the sitemap', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/gu)].map((match) => ({
      loc: match[1] ?? '',
      links: [...(match[2] ?? '').matchAll(/hreflang="([^"]+)" href="([^"]+)"/gu)].map((link) => [link[1], link[2]]),
    }));
    const overview = (prefix: string): string => `${siteUrl}/${prefix}releases/${release}/`;
    for (const { prefix } of versions) {
      const entry = entries.find(({ loc }) => loc === overview(prefix));
      expect(entry?.links.sort(), prefix).toEqual(versions.map(({ lang, prefix: p }) => [lang, overview(p)]).sort());
    }
    const real = entries.find(({ loc }) => loc.endsWith('/releases/2019-01-28-stolen-assets-and-drug-trafficking/'));
    expect(real?.links).toEqual([]);
    // Every entry's alternates are the page's own, where the sitemap names any.
    let named = 0;
    for (const { loc, links } of entries) {
      if (links.length === 0) continue;
      named += 1;
      const own = alternatesOf(readPage(outDir, new URL(loc).pathname.slice(1)));
      own.delete('x-default');
      expect(links.map(([lang, href]) => [lang, new URL(href ?? '').pathname.slice(1)]).sort(), loc).toEqual(
        [...own].sort(),
      );
    }
    expect(named).toBeGreaterThanOrEqual(3 * 7);
  });

  it('offers the other versions by their own names, and leads to the same paragraph', () => {
    const page = readPage(outDir, `ru/releases/${release}/bullfinches/`);
    const links = [...page.querySelectorAll('.language-switcher a')];
    expect(links.map((link) => [link.getAttribute('hreflang'), link.textContent])).toEqual([
      ['en', 'English'],
      ['kk', 'Қазақ тілі'],
    ]);
    expect(page.querySelector('.language-switcher [aria-current="page"]')?.textContent).toBe('Русский');
    // The Russian text splits the English paragraph 4 in two: from Russian 5 on, English numbers
    // are one less; Kazakh numbers as English does.
    const moved = (lang: string): string | null =>
      page.querySelector(`.language-switcher a[hreflang="${lang}"]`)?.getAttribute('data-moved') ?? null;
    expect(moved('en')).toBe('5:4,6:5,7:6,8:7,9:8,10:9');
    expect(moved('kk')).toBe(moved('en'));
    // And back: English and Kazakh pages lead to Russian numbers one more from their paragraph 5.
    const english = readPage(outDir, `releases/${release}/bullfinches/`);
    expect(english.querySelector('.language-switcher a[hreflang="ru"]')?.getAttribute('data-moved')).toBe(
      '5:6,6:7,7:8,8:9,9:10',
    );
    expect(english.querySelector('.language-switcher a[hreflang="kk"]')?.hasAttribute('data-moved')).toBe(false);
  });

  it("finds a version's words in its language's index only", async () => {
    for (const { lang, prefix, word } of [
      { lang: 'ru', prefix: 'ru/', word: 'блескоквас' },
      { lang: 'kk', prefix: 'kk/', word: 'жылтырғасым' },
    ]) {
      const own = await loadPagefind(outDir, '/', lang);
      expect(
        (await own.search(word)).map((hit) => hit.url),
        lang,
      ).toEqual([`/${prefix}releases/${release}/`]);
      const english = await loadPagefind(outDir, '/', 'en');
      expect(await english.search(word), lang).toEqual([]);
    }
  });

  it('finds a Russian word in its other forms, and highlights those forms only', async () => {
    const { ask } = await loadPagefind(outDir, '/', 'ru');
    const answer = await ask('снегирь');
    const urls = answer.results.map((result) => result.url);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(`/ru/releases/${release}/`), url).toBe(true);
    const marked = answer.results.flatMap((result) =>
      [result.segments, ...result.paragraphs.map((paragraph) => paragraph.segments)].flatMap((segments) =>
        segments.filter((segment) => segment.mark).map((segment) => segment.text.toLowerCase()),
      ),
    );
    // The text has the word in the genitive, plural and other cases, never as typed.
    expect(new Set(marked).size).toBeGreaterThan(1);
    for (const word of marked) expect(word, word).toMatch(/^снегир(ь|я|ей|ям|ях|и|ю|ем|е)$/u);
    // A word that only begins alike is not one of its forms.
    const prefix = await ask('снег');
    expect(prefix.results.flatMap((result) => result.segments.filter((segment) => segment.mark))).toEqual([]);
  });

  it('searches each language in its own index', () => {
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'kk', 'ru']);
    for (const lang of ['ru', 'kk']) {
      const vocabulary = JSON.parse(readFileSync(join(outDir, `pagefind/vocabulary.${lang}.json`), 'utf8')) as {
        words: Record<string, number>;
      };
      const words = Object.keys(vocabulary.words);
      // Only the language's own words: no English word of the other versions.
      expect(
        words.some((word) => /[а-яәғқңөұүһі]/u.test(word)),
        lang,
      ).toBe(true);
      expect(
        words.filter((word) => /^[a-z]{4,}$/u.test(word)),
        lang,
      ).toEqual([]);
    }
  });
});

describe('the first load of the pages of a release in three languages', () => {
  it('keeps the budget with the language switcher, in every language (budgets.json)', () => {
    const pages = builtPages(outDir).filter((page) => page.includes(release) || /^(ru|kk)\//u.test(page));
    expect(pages.length).toBeGreaterThan(30);
    const loads = pages.map((page) => firstLoad(outDir, page));
    const heaviest = [...loads].sort((a, b) => b.totalGzipBytes - a.totalGzipBytes).slice(0, 3);
    console.log(
      `Heaviest first loads with the switcher: ${heaviest.map((load) => `${load.page} ${load.totalGzipBytes} B`).join('; ')} (budget ${budgets.firstLoad.totalGzipBytes} B)`,
    );
    for (const load of loads)
      expect(load.totalGzipBytes, load.page).toBeLessThanOrEqual(budgets.firstLoad.totalGzipBytes);
    // The switcher's script is loaded where the text runs past the first screen, and only there.
    const scripts = (page: string): string[] =>
      firstLoad(outDir, page)
        .resources.map((resource) => resource.path)
        .filter((path) => path.includes('FollowParagraph'));
    expect(scripts(`ru/releases/${release}/bullfinches/index.html`)).toHaveLength(1);
    expect(scripts(`ru/releases/${release}/index.html`)).toHaveLength(0);
  });
});

describe('a mistake in a language version', () => {
  it('stops the build, naming the version file and the field', async () => {
    const contentDir = contentCopy('three-languages-bad', ['three-languages']);
    // One letter of the Russian topic changed: ё for е, which looks alike.
    edit(contentDir, `${release}/ru/topics/bullfinches.mdx`, (text) =>
      text.replace('снегирей ягодами', 'снегирёв ягодами'),
    );
    const result = await buildSite({ contentDir, outDir: join(outputRoot, 'three-languages-bad') });
    expect(result.code).not.toBe(0);
    const file = relative(projectRoot, join(contentDir, release, 'ru/topics/bullfinches.mdx'));
    expect(result.output).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}:\\d+: body:`, 'u'));
    expect(result.output).toContain('"ё" (U+0451) here, "е" (U+0435) in the published text');
  });
});

describe('the real site, with one version', () => {
  it('has no page in another language, no alternates and no switcher', () => {
    const pages = pagesOf(siteDir);
    expect(pages.filter((path) => /^(ru|kk)\//u.test(path))).toEqual([]);
    for (const path of pages) {
      const doc = readPage(siteDir, path);
      expect(doc.documentElement.getAttribute('lang'), path).toBe('en');
      expect(doc.querySelector('link[hreflang], .language-switcher'), path).toBeNull();
    }
  });
});
