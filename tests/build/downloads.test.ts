import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, outputRoot, siteDir } from '../helpers/build';
import { contentCopy, edit, realRelease } from '../helpers/fixtures';
import { readPage, squash } from '../helpers/html';
import { comparable, positionsInOrder, readPdf, type PdfContent } from '../helpers/pdf';
import { line, paragraphLines, sourceFile } from '../helpers/source';

const release = `releases/${realRelease}/`;
const pdfPath = `${release}press-release.pdf`;
const textPath = `${release}press-release.txt`;
// The release's pages; the home page leaves downloads to the release's overview.
const releasePages = [
  release,
  `${release}full-text/`,
  `${release}drug-trafficking/`,
  `${release}asset-recovery/`,
  `${release}work-plan/`,
];
const source = readFileSync(sourceFile);
const sourceDigest = createHash('sha256').update(source).digest('hex');

/** The links of a page's print-and-download block, by their text. */
function downloadLinks(doc: Document): Map<string, string | null> {
  const links = [...doc.querySelectorAll('.release-downloads a')];
  return new Map(links.map((a) => [squash(a.textContent), a.getAttribute('href')]));
}

describe('the published text offered for download', () => {
  it('is the source file, byte for byte', () => {
    const served = readFileSync(join(siteDir, textPath));
    expect(served.byteLength).toBeGreaterThan(1000);
    expect(served.equals(source)).toBe(true);
  });

  it.each(releasePages)('%s links the print version, the PDF with its size, and the text with its SHA-256', (page) => {
    const doc = readPage(siteDir, page);
    const links = downloadLinks(doc);
    const kb = Math.round(statSync(join(siteDir, pdfPath)).size / 1024);
    expect([...links.keys()]).toEqual(['One page, to read or print', `PDF (${kb} KB)`, 'Original text (.txt)']);
    expect([...links.values()]).toEqual([`/${release}full-text/`, `/${pdfPath}`, `/${textPath}`]);
    expect(squash(doc.querySelector('.release-downloads [data-sha256]')?.textContent)).toBe(sourceDigest);
    // Kept out of the search index: it is not text of the release.
    expect(doc.querySelector('.release-downloads')?.closest('[data-pagefind-ignore]')).not.toBeNull();
  });
});

describe('the PDF of the release', () => {
  let bytes: Buffer;
  let pdf: PdfContent;

  beforeAll(async () => {
    bytes = readFileSync(join(siteDir, pdfPath));
    pdf = await readPdf(bytes);
  });

  it('holds the headline, the dates and place, every paragraph of the source in order, and the attribution', () => {
    const paragraphs = paragraphLines(6, 54);
    expect(paragraphs).toHaveLength(25);
    const passages = [line(1), '28 January 2019', '21 December 2018, Astana', ...paragraphs, line(57)];
    const positions = positionsInOrder(pdf.text, passages);
    expect(passages.filter((_, i) => (positions[i] ?? -1) < 0)).toEqual([]);
  });

  it("gives no address of this copy (SITE_URL is not set: a path would mean nothing), the published text's digest and page numbers", () => {
    const text = comparable(pdf.text).replace(/\s/gu, '');
    expect(text).not.toContain(`/${release}`);
    // The only address is the original's, which is the Office's whatever this copy's is.
    expect(text.match(/https?:\/\/[^\s]*/gu)?.every((url) => url.startsWith('http://m.prokuror.kz/'))).toBe(true);
    expect(text).toContain(sourceDigest);
    expect(comparable(pdf.pages[0] ?? '')).toContain(`Page 1 of ${pdf.pages.length}`);
  });

  it('says who reproduced the text and from where, and stays on two A4 pages', () => {
    const text = comparable(pdf.text);
    expect(text).toContain("This copy by an independent publisher, not the General Prosecutor's Office");
    expect(text).toContain(`Text by the ${line(57)}, first published at http://m.prokuror.kz/`);
    expect(pdf.info['Creator']).toBe('Kazakhstan prosecutor releases, verbatim');
    expect(pdf.pages).toHaveLength(2);
  });

  it('carries the document properties', () => {
    expect(pdf.info['Title']).toBe(line(1));
    expect(pdf.info['Author']).toBe(line(57));
    expect(pdf.info['Subject']).toMatch(/^Independent copy of the press release of 28 January 2019/u);
    expect(pdf.info['Language']).toBe('en');
    expect(pdf.info['CreationDate']).toBe('D:20190128000000Z');
  });

  it('stays under 100 KB', () => {
    expect(bytes.byteLength).toBeLessThan(100 * 1024);
  });

  it('is the same bytes from one build to the next', async () => {
    const outDir = join(outputRoot, 'second-build');
    const result = await buildSite({ outDir });
    expect(result.code, result.output).toBe(0);
    expect(readFileSync(join(outDir, pdfPath)).equals(bytes)).toBe(true);
    expect(readFileSync(join(outDir, textPath)).equals(source)).toBe(true);
  });
});

describe('a build under SITE_URL and BASE_PATH, from edited content', () => {
  it('makes the PDF and the download from the content it builds, with absolute addresses', async () => {
    // The same change in the source and in the MDX: the site, the PDF and the download all follow.
    // (A sentence no datum quotes: a datum's sentence must stay in the text, or the build stops.)
    const contentDir = contentCopy('edited-release');
    const edited = edit(contentDir, `${realRelease}/press-release.txt`, (text) =>
      text.replace('A large amount of drugs', 'A large quantity of drugs'),
    );
    edit(contentDir, `${realRelease}/topics/drug-trafficking.mdx`, (text) =>
      text.replace('A large amount of drugs', 'A large quantity of drugs'),
    );
    const outDir = join(outputRoot, 'edited-release');
    const result = await buildSite({
      contentDir,
      outDir,
      env: { SITE_URL: 'https://releases.example.org', BASE_PATH: '/press/' },
    });
    expect(result.code, result.output).toBe(0);

    const editedBytes = readFileSync(edited);
    expect(readFileSync(join(outDir, textPath)).equals(editedBytes)).toBe(true);
    const doc = readPage(outDir, `${release}drug-trafficking/`);
    expect(squash(doc.querySelector('.release-downloads [data-sha256]')?.textContent)).toBe(
      createHash('sha256').update(editedBytes).digest('hex'),
    );
    expect(downloadLinks(doc).get('One page, to read or print')).toBe(`/press/${release}full-text/`);
    expect(squash(doc.querySelector('.print-masthead__address')?.textContent)).toBe(
      `https://releases.example.org/press/${release}drug-trafficking/`,
    );

    const pdf = await readPdf(readFileSync(join(outDir, pdfPath)));
    const text = comparable(pdf.text);
    expect(text).toContain('A large quantity of drugs freely passes');
    expect(text).not.toContain('A large amount of drugs');
    const compact = text.replace(/\s/gu, '');
    expect(compact).toContain(`https://releases.example.org/press/${release}full-text/`);
    expect(compact).toContain(`https://releases.example.org/press/${textPath}`);
  });
});
