import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteDir } from '../helpers/build';
import { realRelease } from '../helpers/fixtures';
import { readPage, squash } from '../helpers/html';
import { line } from '../helpers/source';
import { sitePages } from '../helpers/pages';

const release = `releases/${realRelease}/`;
const dataDir = join('content/releases', realRelease, 'data');
const instructions = parse(readFileSync(join(dataDir, 'instructions.yaml'), 'utf8')) as {
  id: string;
  what: string;
}[];
const headlineFigures = (parse(readFileSync(join(dataDir, 'figures.yaml'), 'utf8')) as { headline?: boolean }[]).filter(
  (figure) => figure.headline === true,
);
const releasePages = [
  '',
  release,
  `${release}drug-trafficking/`,
  `${release}asset-recovery/`,
  `${release}work-plan/`,
  `${release}full-text/`,
];

describe('"At a glance": the release\'s instructions, requests and headline figures', () => {
  it.each(['', release])(
    '%s lists every instruction and the headline figures, each linked to its paragraph',
    (page) => {
      const doc = readPage(siteDir, page);
      const glance = doc.querySelector('.glance');
      expect(glance).not.toBeNull();
      expect(glance?.closest('.official')).toBeNull();
      const decided = [...(glance?.querySelectorAll('.glance__decided li') ?? [])];
      expect(decided.map((li) => li.getAttribute('data-instruction'))).toEqual(instructions.map((one) => one.id));
      decided.forEach((li, i) => {
        // The data's editorial words continue the line after the verb: their first letter in lower case.
        const what = squash(instructions[i]?.what);
        expect(squash(li.textContent)).toContain(`: ${what.charAt(0).toLowerCase()}${what.slice(1)}.`);
      });
      expect(glance?.querySelectorAll('.glance__figures li')).toHaveLength(headlineFigures.length);
      expect(headlineFigures.length).toBeGreaterThanOrEqual(3);

      // Every line links to a paragraph that exists on the page it names.
      for (const link of glance?.querySelectorAll('a.glance__source') ?? []) {
        const [path, id] = (link.getAttribute('href') ?? '').slice(1).split('#');
        expect(id, link.outerHTML).toMatch(/^p\d+$/u);
        const target = readPage(siteDir, path ?? '').getElementById(id ?? '');
        expect(target?.classList.contains('official-paragraph'), link.outerHTML).toBe(true);
        expect(squash(link.textContent)).toBe(`¶${(id ?? '').slice(1)}`);
      }
    },
  );
});

describe('every release page says where its text comes from and who publishes the copy', () => {
  it.each(releasePages)(
    '%s: the headline, a source line, the official text, then downloads and the source note',
    (page) => {
      const doc = readPage(siteDir, page);
      const main = doc.querySelector('main');
      const h1 = main?.querySelector('h1');
      // Before the headline: only the breadcrumbs, the print-only masthead and the kicker.
      const all = [...(main?.querySelectorAll('*') ?? [])];
      const at = (element: Element | null | undefined): number => (element ? all.indexOf(element) : -1);
      const before = all
        .slice(0, at(h1))
        .filter(
          (element) =>
            !element.contains(h1 ?? null) && !element.closest('.breadcrumbs, .print-masthead, .kicker, [hidden]'),
        );
      expect(at(h1)).toBeGreaterThan(0);
      expect(before.map((element) => element.tagName)).toEqual([]);
      // Under the headline, one line: where and when the text was published, and a link to the full note.
      const sourceLine = doc.querySelector('.release__header .source-line');
      expect(squash(sourceLine?.textContent)).toBe(
        'Official text, word for word, from m.prokuror.kz, 28 January 2019. Source and this copy',
      );
      expect(sourceLine?.querySelector('a[href="#source"]')).not.toBeNull();
      const official = doc.querySelector('main .official');
      expect(at(official)).toBeGreaterThan(at(sourceLine));
      expect(at(doc.getElementById('source'))).toBeGreaterThan(at(official));
      const note = squash(doc.querySelector('#source.source-note')?.textContent);
      expect(note).toContain(`Text by the ${line(57)}, first published at m.prokuror.kz on 28 January 2019.`);
      expect(doc.querySelector('.source-note a[href^="http://m.prokuror.kz/eng/"]')).not.toBeNull();
      expect(note).toContain("This copy by an independent publisher, not the General Prosecutor's Office.");
      expect(doc.querySelector('.source-note a[href="/about/"]')).not.toBeNull();
      // Downloads and the digest come after the official text on release pages, the digest folded away;
      // the home page leaves them to the release's overview.
      if (page === '') {
        expect(doc.querySelector('.release-downloads')).toBeNull();
      } else {
        expect(at(doc.querySelector('.release-downloads'))).toBeGreaterThan(at(official));
        expect(doc.querySelector('.release-downloads details [data-sha256]')).not.toBeNull();
      }
    },
  );

  it('the header says the site is an independent copy, on every page', () => {
    for (const page of [...releasePages, 'about/', 'search/']) {
      expect(squash(readPage(siteDir, page).querySelector('.site-tagline')?.textContent), page).toBe(
        "Independent copy, not the Office's own site",
      );
    }
  });

  it('the About page says who publishes, where the text comes from, what is editorial, how it is checked', () => {
    const doc = readPage(siteDir, 'about/');
    const text = squash(doc.querySelector('main')?.textContent);
    expect(text).toContain("It is published by an independent publisher, not the General Prosecutor's Office.");
    expect(text).toContain(`Text by the ${line(57)}, first published at m.prokuror.kz on 28 January 2019.`);
    expect(text).toContain('the day the text was taken from it is not recorded');
    const digest = createHash('sha256')
      .update(readFileSync(join('content/releases', realRelease, 'press-release.txt')))
      .digest('hex');
    expect(squash(doc.querySelector('.about__digest')?.textContent)).toBe(digest);
    expect(doc.querySelector('main .editorial')).not.toBeNull();
    expect(text).toContain('only spaces, tabs and line breaks may differ');
    expect(text).toContain('Report a discrepancy');
  });
});

describe('page titles', () => {
  it('read alike on every page: what the page is, the release date where there is one, then the site', () => {
    for (const page of sitePages(siteDir)) {
      const title = squash(readPage(siteDir, page).querySelector('title')?.textContent);
      if (page === '') {
        expect(title).toBe('Kazakhstan prosecutor releases, verbatim');
        continue;
      }
      expect(title, page).toMatch(/^\S.* \| Releases, verbatim$/u);
      // One name per page: the tab names it as its heading and its breadcrumbs' last step do.
      const doc = readPage(siteDir, page);
      const name = title.replace(/ \| Releases, verbatim$/u, '');
      const crumb = squash(doc.querySelector('.breadcrumbs [aria-current="page"]')?.textContent);
      const heading = squash(doc.querySelector('h1')?.textContent);
      if (page === release) {
        // The overview is headed by the official headline; the tab and the trail name it by its short title.
        expect(name).toBe('Stolen assets and drug trafficking');
        expect(crumb).toBe(name);
      } else if (/^releases\/[^/]+\/[a-z-]+\/$/u.test(page) && !/(?:full-text|data)\/$/u.test(page)) {
        expect(name, page).toBe(heading);
        expect(crumb, page).toBe(heading);
      } else if (page.startsWith(release)) {
        // Names that do not tell one release from another carry its date.
        expect(title, page).toContain(' 28 January 2019 | ');
      }
    }
  });
});

describe('long data pages have contents', () => {
  it.each(['people', 'instructions'])('data/%s/ lists its parts, each link landing on the page', (kind) => {
    const doc = readPage(siteDir, `${release}data/${kind}/`);
    const links = [...doc.querySelectorAll('nav.contents a')];
    const groups = doc.querySelectorAll(kind === 'people' ? '.data-card--person' : '.data-group');
    expect(links.length).toBe(groups.length);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      const id = (link.getAttribute('href') ?? '').slice(1);
      expect(doc.getElementById(id), id).not.toBeNull();
    }
  });
});
