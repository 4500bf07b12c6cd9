import { beforeAll, describe, expect, it, vi } from 'vitest';
import { missingCharacters } from '../../src/lib/fonts/glyph-check';
import { releasePdf, type ReleaseDocument } from '../../src/lib/pdf/release-pdf';
import { socialCardSvg } from '../../src/lib/cards/social-card';
import { loadSerifFonts, type SerifFonts } from '../../src/lib/fonts/serif-fonts';
import type { StructuredTextItem } from 'unpdf';
import { comparable, positionsInOrder, readPdf, type PdfContent } from '../helpers/pdf';
import { line, paragraphLines } from '../helpers/source';

// The release as the source file and its README give it, independently of the site's content code.
const paragraphs = paragraphLines(6, 54);
const release: ReleaseDocument = {
  headline: line(1),
  published: new Date('2019-01-28T00:00:00Z'),
  meeting: { date: new Date('2018-12-21T00:00:00Z'), place: 'Astana' },
  issuer: "General Prosecutor's Office of the Republic of Kazakhstan",
  paragraphs: paragraphs.map((text, i) => ({ number: i + 1, text })),
  attribution: line(57),
  address: 'https://releases.example.org/press/releases/r/full-text/',
  siteName: 'Releases, verbatim',
  publisher: 'Open Law Lab',
  provenance: {
    original: `Text by the ${line(57)}, first published at http://m.prokuror.kz/eng/news/x on 28 January 2019.`,
    copy: 'This copy by Open Law Lab, at https://releases.example.org/press/releases/r/.',
  },
  source: { address: 'https://releases.example.org/press/releases/r/press-release.txt', sha256: 'ab'.repeat(32) },
};

let fonts: SerifFonts;
let bytes: Uint8Array;
let pdf: PdfContent;

beforeAll(async () => {
  fonts = await loadSerifFonts();
  bytes = await releasePdf(release, fonts);
  pdf = await readPdf(bytes);
});

describe('releasePdf', () => {
  it('holds the headline, the facts, every paragraph in order and the attribution, in that order', () => {
    expect(paragraphs).toHaveLength(25);
    const passages = [
      line(1),
      'Published 28 January 2019',
      'Meeting 21 December 2018, Astana',
      "Issued by General Prosecutor's Office of the Republic of Kazakhstan",
      ...paragraphs,
      line(57),
    ];
    const positions = positionsInOrder(pdf.text, passages);
    expect(passages.filter((_, i) => (positions[i] ?? -1) < 0)).toEqual([]);
  });

  it('says on its first page, under the facts, that it is a copy, whose text and whose copy', () => {
    const first = comparable(pdf.pages[0] ?? '');
    const notice = [
      'An independent copy, not an official publication.',
      release.provenance.original,
      release.provenance.copy,
    ].join(' ');
    expect(first.replace(/\s+/gu, ' ')).toContain(notice);
    expect(first.indexOf('Issued by')).toBeGreaterThan(0);
    expect(first.indexOf('An independent copy')).toBeGreaterThan(first.indexOf('Issued by'));
    expect(first.indexOf('An independent copy')).toBeLessThan(first.indexOf(paragraphs[0]?.slice(0, 30) ?? '?'));
  });

  it('sets every character right, curly and straight quotes included', () => {
    const text = comparable(pdf.text);
    expect(text).toContain('Prosecutor’s Office');
    expect(text).toContain("Prosecutor's checks");
    expect(text).toContain('“A broad anti-outreach');
    expect(text).toContain('the year of the youth, ” K. Kozhamzharov said.');
    expect(text).not.toContain('\uFFFD');
  });

  it('numbers the paragraphs in the margin, apart from the text', () => {
    const passages = paragraphs.map((text, i) => `${i + 1} ${text}`);
    const positions = positionsInOrder(pdf.text, passages);
    expect(passages.filter((_, i) => (positions[i] ?? -1) < 0)).toEqual([]);
    // A number is a text item of its own, left of the column where the paragraph text starts.
    const items = pdf.items.flat();
    const first = items.find((item) => item.str.startsWith('December 21, 2018'));
    const number = items.find((item) => item.str.trim() === '1');
    expect(first).toBeDefined();
    expect(number).toBeDefined();
    expect((number?.x ?? Infinity) + (number?.width ?? 0)).toBeLessThan(first?.x ?? -Infinity);
  });

  it('gives the address, the published text and its digest, and page numbers on every page', () => {
    const text = comparable(pdf.text).replace(/\s/gu, '');
    expect(text).toContain(release.address);
    expect(text).toContain(release.source?.address);
    expect(text).toContain('ab'.repeat(32));
    expect(pdf.pages.length).toBeGreaterThan(1);
    pdf.pages.forEach((page, i) => {
      expect(comparable(page)).toContain(`Page ${i + 1} of ${pdf.pages.length}`);
      expect(comparable(page).replace(/\s/gu, '')).toContain(release.address);
    });
  });

  it('carries title, author, subject, language and the publication date as its properties', () => {
    expect(pdf.info['Title']).toBe(line(1));
    // The text's author; this copy's producer; a subject that says it is a copy, of what and by whom.
    expect(pdf.info['Author']).toBe(line(57));
    expect(pdf.info['Producer']).toBe('Open Law Lab');
    expect(pdf.info['Subject']).toContain('Independent copy of the press release of 28 January 2019');
    expect(pdf.info['Subject']).toContain(release.provenance.original);
    expect(pdf.info['Subject']).toContain(release.provenance.copy);
    expect(pdf.info['Language']).toBe('en');
    expect(pdf.info['CreationDate']).toBe('D:20190128000000Z');
    expect(pdf.xmp?.get('dc:title')).toBe(line(1));
    expect(pdf.tagged).toBe(true);
  });

  it('embeds every font it uses, as a subset', () => {
    const raw = Buffer.from(bytes).toString('latin1');
    const fontNames = [...raw.matchAll(/\/BaseFont \/([^\s/>]+)/gu)].map((m) => m[1] ?? '');
    expect(fontNames.length).toBeGreaterThanOrEqual(3);
    // A subset's name carries a six-letter tag; the standard 14 fonts (never embedded) carry none.
    expect(fontNames.filter((name) => !/^[A-Z]{6}\+SourceSerif4-/u.test(name))).toEqual([]);
    const descriptors = raw.match(/\/Type \/FontDescriptor/gu) ?? [];
    const programs = raw.match(/\/FontFile2 \d+ 0 R/gu) ?? [];
    expect(programs.length).toBe(descriptors.length);
  });

  it('is small, and the same bytes every time', async () => {
    expect(bytes.byteLength).toBeLessThan(100 * 1024);
    // The faces are parsed once and shared by every PDF of a build: a PDF drawn in between, with
    // other letters, must leave nothing behind in them.
    await releasePdf({ ...release, headline: 'Quick zephyrs blow, vexing daft Jim (1–9)' }, fonts);
    const again = await releasePdf(release, fonts);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const later = await releasePdf({ ...release, published: new Date('2019-01-29T00:00:00Z') }, fonts);
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(false);
  });

  it('copies a character as printed, whatever an earlier PDF printed with the same glyph', async () => {
    // The font draws ’ (U+2019) and ʼ (U+02BC) with one glyph. A PDF's text layer must give the
    // character its own text has, not the one another PDF of the build asked that glyph for first.
    await releasePdf({ ...release, headline: 'The Office’s plan' }, fonts);
    // The cards share one parse of each face for the whole build, and set the same glyph first too.
    socialCardSvg({ kicker: 'Office’s', title: 'The Office’s plan', footer: 'The Office’s' }, fonts);
    const modifier = { ...release, headline: 'The Officeʼs plan' };
    const afterOther = await releasePdf(modifier, fonts);
    const fresh = await releasePdf(modifier, {
      regular: fonts.regular.slice(),
      italic: fonts.italic.slice(),
      bold: fonts.bold.slice(),
    });
    expect(Buffer.from(afterOther).equals(Buffer.from(fresh))).toBe(true);
    expect((await readPdf(afterOther)).text).toContain('Officeʼs');
  });

  it('sets each word the same, whatever earlier PDFs of the build set', async () => {
    // One glyph serves ’ and ʼ, space and no-break space, hyphen and soft hyphen, and the two
    // fraction slashes, and the font engine shapes by the character a glyph was first made for in
    // the document; "ffi" and "fl" are ligatures. Each PDF, drawn after the others, must be the PDF
    // drawn first, by a fresh module.
    const words = [
      'The',
      'Office’s',
      'officeʼs',
      'ab',
      'a\u00a0b',
      'co\u00adoperation',
      'co-operation',
      '1∕2',
      '1⁄2',
      'ffi',
      'flow',
    ];
    const document = (order: string[]) => ({
      ...release,
      headline: order.slice(0, 3).join(' '),
      paragraphs: [order, [...order].reverse()].map((text, i) => ({ number: i + 1, text: text.join(' ') })),
    });
    const orders = [
      words,
      [...words].reverse(),
      [...words.slice(5), ...words.slice(0, 5)],
      [...words.slice(2, 8).reverse(), ...words.slice(8), ...words.slice(0, 2)],
    ];
    const afterOthers = [];
    for (const order of orders) afterOthers.push(await releasePdf(document(order), fonts));
    for (const [i, order] of orders.entries()) {
      vi.resetModules();
      const { releasePdf: fresh } = await import('../../src/lib/pdf/release-pdf');
      const first = await fresh(document(order), fonts);
      expect(Buffer.from(afterOthers[i] ?? []).equals(Buffer.from(first)), order.join(' ')).toBe(true);
    }
  });

  it('keeps markup characters in the properties intact', async () => {
    const headline = 'Assets <returned> & "drugs" seized';
    const other = await readPdf(await releasePdf({ ...release, headline }, fonts));
    expect(other.info['Title']).toBe(headline);
    expect(other.xmp?.get('dc:title')).toBe(headline);
    expect(comparable(other.text)).toContain(headline);
  });

  it('numbers every page of a long release and loses no paragraph', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `${paragraphs[i % paragraphs.length] ?? ''} (${i + 1})`);
    const other = await readPdf(
      await releasePdf({ ...release, paragraphs: long.map((text, i) => ({ number: i + 1, text })) }, fonts),
    );
    expect(other.pages.length).toBeGreaterThan(3);
    other.pages.forEach((page, i) => expect(comparable(page)).toContain(`Page ${i + 1} of ${other.pages.length}`));
    // A paragraph may run over a page break, where the running footer stands between its lines.
    const footer = /\s*https:\/\/releases\.example\.org\/press\/releases\/r\/full-text\/\s*Page \d+ of \d+\s*$/u;
    const body = other.pages.map((page) => comparable(page).replace(footer, '')).join(' ');
    const positions = positionsInOrder(body, long);
    expect(long.filter((_, i) => (positions[i] ?? -1) < 0)).toEqual([]);
  });

  it('leaves no paragraph with a single line at the foot or the head of a page', async () => {
    const long = Array.from({ length: 60 }, (_, i) => paragraphs.slice(0, (i % 7) + 1).join(' '));
    const other = await readPdf(
      await releasePdf({ ...release, paragraphs: long.map((text, i) => ({ number: i + 1, text })) }, fonts),
    );
    const runs = other.items.map((items) => paragraphRuns(items));
    expect(runs.length).toBeGreaterThan(5);
    runs.forEach((page, i) => {
      const next = runs[i + 1];
      // A paragraph broken here: its lines on this page and on the next.
      if (next && next.continued > 0) {
        expect(page.lastLines, `page ${i + 1} foot`).toBeGreaterThanOrEqual(2);
        expect(next.continued, `page ${i + 2} head`).toBeGreaterThanOrEqual(2);
      }
    });
    expect(runs.some((page) => page.continued > 0)).toBe(true);
  });

  it('draws Cyrillic and the Kazakh letters, and keeps them in its text', async () => {
    const text = 'Палата «Атамекен» и Министерство юстиции; Қазақстан, Өскемен, Әділет, Ұлттық, Үкімет, Һ, Ғ, Ң, І.';
    const headline = 'Генеральная прокуратура Республики Казахстан';
    const drawn = await readPdf(await releasePdf({ ...release, headline, paragraphs: [{ number: 1, text }] }, fonts));
    expect(comparable(drawn.text)).toContain(comparable(text));
    expect(comparable(drawn.text)).toContain(comparable(headline));
  });

  it('refuses text its fonts cannot draw, naming the characters', async () => {
    const chinese = { ...release, paragraphs: [{ number: 1, text: 'Kazakhstan (哈萨克斯坦)' }] };
    await expect(releasePdf(chinese, fonts)).rejects.toThrow(/no glyph for "哈" \(U\+54C8\)/u);
  });
});

/**
 * The body lines of a page, read from PDF.js's text items: how many lines at the head continue a
 * paragraph from the page before, and how many lines the last paragraph begun here has.
 */
function paragraphRuns(items: StructuredTextItem[]): { continued: number; lastLines: number } {
  const column = 90; // the left edge of the text column, in points
  const footer = 60; // the footer sits below this, in PDF coordinates from the foot of the page
  const lines = new Map<number, { numbered: boolean }>();
  for (const item of items) {
    if (item.str.trim() === '' || item.y < footer) continue;
    const y = Math.round(item.y);
    const line = lines.get(y) ?? { numbered: false };
    if (item.x < column - 1) line.numbered = true;
    lines.set(y, line);
  }
  // Top to bottom; lines above the first paragraph (headline, facts) only on the first page.
  const ordered = [...lines.entries()].sort(([a], [b]) => b - a).map(([, line]) => line);
  const firstNumbered = ordered.findIndex((line) => line.numbered);
  const lastNumbered = ordered.findLastIndex((line) => line.numbered);
  return {
    continued: firstNumbered < 0 ? ordered.length : firstNumbered,
    lastLines: lastNumbered < 0 ? 0 : ordered.length - lastNumbered,
  };
}

describe('missingCharacters', () => {
  it('lists each character the font lacks once, ignoring white space', () => {
    const font = { hasGlyphForCodePoint: (codePoint: number) => codePoint < 0x80 };
    expect(missingCharacters(font, ['a’b’ c\u00a0', 'd“'])).toEqual(['’', '“']);
  });
});
