import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languagesSiteDir, projectRoot, siteDir } from '../helpers/build';
import { realRelease } from '../helpers/fixtures';
import { readPage } from '../helpers/html';
import { normalizeWhitespace, readPublishedText, type PublishedText } from '../../src/lib/text/published-text';

const release = '2021-03-04-fixture-three-languages';
// The site the global setup builds with the real release and the one in three languages.
const outDir = languagesSiteDir;
const fixture = join(projectRoot, 'tests/fixtures/three-languages', release);
const languages = ['en', 'ru', 'kk'] as const;
type Language = (typeof languages)[number];

/** Each version's text as published: what its side of the page must show, word for word. */
const published: Record<Language, PublishedText> = {
  en: readPublishedText(fixture).published,
  ru: readPublishedText(join(fixture, 'ru')).published,
  kk: readPublishedText(join(fixture, 'kk')).published,
};

const prefix = (lang: Language): string => (lang === 'en' ? '' : `${lang}/`);
const releasePath = (lang: Language): string => `${prefix(lang)}releases/${release}/`;
const parallelPath = (left: Language, right: Language): string => `${releasePath(left)}parallel/${right}/`;
const pairs = languages.flatMap((left) => languages.filter((right) => right !== left).map((right) => [left, right]));

/** An element's text with only spaces, tabs and line breaks collapsed, as the fidelity rule allows. */
const text = (element: Element): string => normalizeWhitespace(element.textContent ?? '');

/** The rows of a page of two versions side by side, each with its two sides. */
function rows(path: string): { sides: Element[] }[] {
  return [...readPage(outDir, path).querySelectorAll('section.parallel__row')].map((row) => ({
    sides: [...row.children].filter((child) => child.classList.contains('parallel__side')),
  }));
}

/** The numbers of the paragraphs a side of a row shows, as their ¶ links give them. */
const numbers = (side: Element | undefined): number[] =>
  [...(side?.querySelectorAll('p.official-paragraph > a.paragraph-link') ?? [])].map((a) =>
    Number(a.getAttribute('data-number')),
  );

describe('two language versions side by side (the real release and a release in three languages)', () => {
  it('has a page for each ordered pair of versions, in the first of the pair’s language', () => {
    for (const [left = 'en', right = 'en'] of pairs) {
      const page = readPage(outDir, parallelPath(left, right));
      expect(page.documentElement.getAttribute('lang'), parallelPath(left, right)).toBe(left);
    }
    for (const lang of languages) expect(existsSync(join(outDir, parallelPath(lang, lang)))).toBe(false);
  });

  it('shows every paragraph of both versions exactly once, in order, word for word, each side in its language', () => {
    for (const [left = 'en', right = 'en'] of pairs) {
      const path = parallelPath(left, right);
      const found = rows(path);
      for (const { sides } of found) {
        expect(
          sides.map((side) => side.getAttribute('lang')),
          path,
        ).toEqual([left, right]);
      }
      const [headline, ...rest] = found;
      const attribution = rest.pop();
      expect(headline?.sides.map(text), path).toEqual([published[left].headline, published[right].headline]);
      expect(attribution?.sides.map(text), path).toEqual([published[left].attribution, published[right].attribution]);
      for (const [i, lang] of [left, right].entries()) {
        const shown = rest.flatMap(({ sides }) => [...(sides[i]?.querySelectorAll('p.official-paragraph') ?? [])]);
        expect(shown.map(text), `${path}: ${lang}`).toEqual(published[lang].paragraphs.map(normalizeWhitespace));
        // Each ¶ leads to the paragraph in its own version's full text.
        expect(
          shown.map((p) => p.querySelector('a.paragraph-link')?.getAttribute('href')),
          `${path}: ${lang}`,
        ).toEqual(published[lang].paragraphs.map((_, n) => `/${releasePath(lang)}full-text/#p${n + 1}`));
      }
    }
  });

  it('keeps the Russian paragraphs 4 and 5 in one row with the paragraph 4 they split, from either side', () => {
    const split = (left: Language, right: Language) =>
      rows(parallelPath(left, right)).map(({ sides }) => [numbers(sides[0]), numbers(sides[1])]);
    expect(split('en', 'ru')).toContainEqual([[4], [4, 5]]);
    expect(split('ru', 'en')).toContainEqual([[4, 5], [4]]);
    // Kazakh, one for one with English, meets the split the same way.
    expect(split('kk', 'ru')).toContainEqual([[4], [4, 5]]);
    expect(split('en', 'ru').at(5)).toEqual([[5], [6]]);
  });

  it('links each side’s citation page, and leads here from the versions’ pages and the switcher', () => {
    const page = readPage(outDir, parallelPath('en', 'ru'));
    expect([...page.querySelectorAll('.parallel__label a')].map((a) => a.getAttribute('href'))).toEqual([
      `/${releasePath('en')}data/cite/`,
      `/${releasePath('ru')}data/cite/`,
    ]);
    // The same two versions the other way round are this page in Russian.
    expect([...page.querySelectorAll('.language-switcher a')].map((a) => a.getAttribute('href'))).toEqual([
      `/${parallelPath('ru', 'en')}`,
    ]);
    for (const lang of languages) {
      for (const path of [releasePath(lang), `${releasePath(lang)}full-text/`]) {
        const links = [...readPage(outDir, path).querySelectorAll('.parallel-links a')].map((a) =>
          a.getAttribute('href'),
        );
        const others = languages.filter((other) => other !== lang);
        expect(links, path).toEqual(others.map((other) => `/${parallelPath(lang, other)}`));
      }
    }
  });

  it('makes no such page or link for a release in one version, in the fixture build or the real site', () => {
    for (const dir of [outDir, siteDir]) {
      expect(existsSync(join(dir, 'releases', realRelease, 'parallel')), dir).toBe(false);
      const folders = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
        file.split(/[\\/]/u).includes('parallel'),
      );
      expect(
        folders.filter((file) => !file.includes(release)),
        dir,
      ).toEqual([]);
      for (const path of [`releases/${realRelease}/`, `releases/${realRelease}/full-text/`]) {
        expect(readPage(dir, path).querySelector('.parallel-links'), `${dir}: ${path}`).toBeNull();
      }
    }
  });
});
