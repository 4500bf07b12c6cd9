import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pressSiteDir, siteDir } from '../helpers/build';
import { realRelease } from '../helpers/fixtures';
import { readPage, squash } from '../helpers/html';
import { comparable, readPdf } from '../helpers/pdf';
import { line } from '../helpers/source';

// The original: the English version on the Office's mobile site, as the release's record gives it.
const original =
  'http://m.prokuror.kz/eng/news/press-releases/general-prosecutors-office-they-discussed-issues-return-stolen-assets-and-fight';
const author = line(57);
const publisher = "an independent publisher, not the General Prosecutor's Office";
const release = `releases/${realRelease}/`;
const copyAt = `https://releases.example.org/press/${release}`;

/** Every file of a built release meant to leave the site: the PDF, the citations and the open data. */
function downloads(dir: string): string[] {
  const root = join(dir, release);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(pdf|bib|json|csv)$/u.test(file))
    .map((file) => join(root, file));
}

/** The text of a downloadable file as its reader sees it. */
async function readable(file: string): Promise<string> {
  const bytes = readFileSync(file);
  return file.endsWith('.pdf') ? comparable((await readPdf(new Uint8Array(bytes))).text) : bytes.toString('utf8');
}

describe('every page says whose text and whose copy, in the same words', () => {
  it('the About page names the original (address, date), its author and this copy', () => {
    const doc = readPage(siteDir, 'about/');
    const text = squash(doc.querySelector('.about__sources')?.textContent);
    expect(text).toContain(`Text by the ${author}, first published at m.prokuror.kz on 28 January 2019.`);
    expect(text).toContain(`This copy by ${publisher}.`);
    expect(doc.querySelectorAll(`.about__sources a[href="${original}"]`).length).toBeGreaterThan(0);
  });

  it.each(['', release, `${release}drug-trafficking/`, `${release}full-text/`])('%s names them too', (page) => {
    const doc = readPage(siteDir, page);
    const note = squash(doc.querySelector('.source-note')?.textContent);
    expect(note).toContain(`Text by the ${author}, first published at m.prokuror.kz on 28 January 2019.`);
    expect(note).toContain(`This copy by ${publisher}.`);
    expect(doc.querySelector(`.source-note a[href="${original}"]`)).not.toBeNull();
  });

  it('the structured data of a release page: the press service wrote it, this copy is based on the original', () => {
    const doc = readPage(pressSiteDir, release);
    const article = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
      author: { name: string };
      publisher: { name: string };
      isBasedOn: { url: string; datePublished: string };
    };
    expect(article.author.name).toBe(author);
    expect(article.publisher.name).toBe(publisher);
    expect(article.isBasedOn).toMatchObject({ url: original, datePublished: '2019-01-28' });
  });
});

describe('every file that leaves the site says it too', () => {
  it.each([
    ['without SITE_URL', siteDir, undefined],
    ['with SITE_URL', pressSiteDir, copyAt],
  ])('the PDF, %s: on its first page and in its properties', async (_, dir, copy) => {
    const pdf = await readPdf(new Uint8Array(readFileSync(join(dir, release, 'press-release.pdf'))));
    const first = comparable(pdf.pages[0] ?? '').replace(/\s/gu, '');
    for (const said of [original, 'first published at', '28January2019', `Thiscopyby${publisher}`, author]) {
      expect(first).toContain(said.replace(/\s/gu, ''));
    }
    // Without its address, the PDF says why it gives none.
    expect(first).toContain(
      (copy ?? "this copy's address is left out: the site was built without SITE_URL").replace(/\s/gu, ''),
    );
    expect(pdf.info['Author']).toBe(author);
    expect(pdf.info['Producer']).toBe(publisher);
    expect(pdf.info['Subject']).toMatch(/^Independent copy of the press release of 28 January 2019/u);
    expect(pdf.info['Subject']).toContain(original);
  });

  it.each([
    ['without SITE_URL', siteDir, undefined],
    ['with SITE_URL', pressSiteDir, copyAt],
  ])('each citation file, %s: the original (address, date) and this copy', (_, dir, copy) => {
    const data = join(dir, release, 'data');
    const bib = readFileSync(join(data, 'citation.bib'), 'utf8');
    expect(bib).toContain(`url          = {${original}},`);
    expect(bib).toContain('date         = {2019-01-28},');
    expect(bib).toContain(`note         = {This copy by ${publisher}${copy ? `, at ${copy}` : ''}},`);
    const [csl] = JSON.parse(readFileSync(join(data, 'citation.csl.json'), 'utf8')) as Record<string, unknown>[];
    expect(csl).toMatchObject({
      URL: original,
      issued: { 'date-parts': [[2019, 1, 28]] },
      note: `This copy by ${publisher}${copy ? `, at ${copy}` : ''}`,
    });
    const cite = squash(readPage(dir, `${release}data/cite/`).querySelector('main')?.textContent);
    expect(cite).toContain(`${author}. (2019, January 28).`);
    expect(cite).toContain(
      `[Press release]. General Prosecutor's Office of the Republic of Kazakhstan. ${original} (This copy by ${publisher}`,
    );
  });

  it('holds no bare path when the site is built without its address, and says why', async () => {
    const files = downloads(siteDir);
    expect(files.map((file) => file.slice(file.lastIndexOf('/') + 1))).toEqual(
      expect.arrayContaining(['press-release.pdf', 'citation.bib', 'citation.csl.json', 'figures.csv', 'release.json']),
    );
    for (const file of files) {
      const text = await readable(file);
      expect(text, file).not.toMatch(/(?:^|[\s"'(,=])\/(?:releases|press)\//mu);
    }
    expect(readFileSync(join(siteDir, release, 'data/citation.bib'), 'utf8')).toMatch(
      /^% This copy's address is left out: the site was built without SITE_URL\.$/mu,
    );
    const whole = JSON.parse(readFileSync(join(siteDir, release, 'data/release.json'), 'utf8')) as {
      provenance: { copy: string };
    };
    expect(whole.provenance.copy).toContain('the site was built without SITE_URL');
    // Built with its address, the same files carry it whole.
    const press = await Promise.all(downloads(pressSiteDir).map(readable));
    expect(press.join('\n')).toContain(copyAt);
  });
});

describe('which language versions exist', () => {
  // The Office's page linked Kazakh and Russian versions beside the English one reproduced here.
  const versions =
    'The Office published this release in Kazakh, Russian and English; only the English version is reproduced here.';

  it('the About page and every page with the source note say which the Office published and which is reproduced', () => {
    expect(squash(readPage(siteDir, 'about/').querySelector('.about__sources')?.textContent)).toContain(versions);
    for (const page of ['', release, `${release}full-text/`, `${release}drug-trafficking/`]) {
      expect([page, squash(readPage(siteDir, page).querySelector('.source-note')?.textContent)]).toEqual([
        page,
        expect.stringContaining(versions),
      ]);
    }
  });

  it('offers no language switcher and no alternate language, there being none to switch to', () => {
    const doc = readPage(siteDir, release);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelectorAll('link[rel="alternate"][hreflang]').length).toBe(0);
  });
});
