import PDFDocument from 'pdfkit';
import { formatDate } from '../text/dates.ts';
import { messages, type Messages } from '../i18n/catalogue.ts';
import { DEFAULT_LANGUAGE, type InterfaceLanguage } from '../i18n/languages.ts';
import { checkFont, type PrintedText } from '../fonts/glyph-check.ts';
import type { SerifFonts } from '../fonts/serif-fonts.ts';

/** A release as the PDF prints it: plain data, taken from the checked content. */
export interface ReleaseDocument {
  /** The headline, as published. */
  headline: string;
  /** The day the release was published; also the PDF's creation date, so that builds repeat. */
  published: Date;
  /** The meeting the release reports on. */
  meeting: { date: Date; place: string };
  /** The issuing office. */
  issuer: string;
  /** The official paragraphs, in the published order, with their numbers in the published text. */
  paragraphs: { number: number; text: string; file?: string | undefined }[];
  /** The attribution that closes the release. */
  attribution: string;
  /** The absolute web address of the release on one page; undefined when the site's address is not known. */
  address: string | undefined;
  /** The name of the site that publishes this copy. */
  siteName: string;
  /** Who publishes this copy: the site's publisher, never the issuing office. */
  publisher: string;
  /** Where the text comes from and who made this copy, in the site's one wording (originalSentence, copySentence). */
  provenance: { original: string; copy: string };
  /** The text as published, offered for download: its absolute address where known, and its SHA-256 digest (hex). */
  source?: { address: string | undefined; sha256: string } | undefined;
  /** The content file of the release's metadata (headline, attribution), for messages. */
  file?: string | undefined;
  /** The language of the PDF's own labels (and of its dates): English where not given. */
  lang?: InterfaceLanguage | undefined;
}

// A4 in points. Paragraph numbers sit in the left margin, outside the text column.
const PAGE = { size: 'A4', width: 595.28, height: 841.89 } as const;
const MARGIN = { top: 50, bottom: 58, left: 90, right: 68 } as const;
const NUMBER_GUTTER = 14;
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BODY = { size: 10.5, lineGap: 2.5, paragraphGap: 5.5 } as const;
const HEADLINE = { size: 16, lineGap: 1.5 } as const;
const COLOPHON = { size: 8, lineGap: 1.5, before: 10, after: 5 } as const;
const NUMBER_SIZE = 8;
const INK = '#000000';
const MUTED = '#555555';

/** The subject line of the PDF's document properties: what the document is, and that it is a copy. */
function pdfSubject(doc: Pick<ReleaseDocument, 'published' | 'provenance'>, lang: InterfaceLanguage): string {
  return messages(lang).pdf.subject(formatDate(doc.published, lang), doc.provenance.original, doc.provenance.copy);
}

/** The facts under the headline, each with its label and the frontmatter field behind it (for messages). */
function releaseFacts(release: ReleaseDocument, m: Messages, lang: InterfaceLanguage): [string, string, string][] {
  return [
    [m.meta.published, formatDate(release.published, lang), 'published'],
    [m.meta.meeting, `${formatDate(release.meeting.date, lang)}, ${release.meeting.place}`, 'meeting'],
    [m.meta.issuedBy, release.issuer, 'issuer'],
  ];
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** The bytes of a finished PDFKit document. */
function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

/**
 * The release as a tagged A4 PDF: headline, dates and place, every official paragraph numbered in
 * the margin, the attribution, the page's address and page numbers. The same input gives the same
 * bytes: the creation date is the publication date and the file id is derived from the metadata.
 */
export async function releasePdf(release: ReleaseDocument, fonts: SerifFonts): Promise<Uint8Array<ArrayBuffer>> {
  const lang = release.lang ?? DEFAULT_LANGUAGE;
  const m = messages(lang);
  const facts = releaseFacts(release, m, lang);
  // What the first page says under the headline: that this is a copy, whose text, and whose copy.
  const notice = `${m.pdf.notice} ${release.provenance.original} ${release.provenance.copy}`;
  // The first page says whose text and whose copy this is; the colophon, how to check it.
  const colophon: [string, string][] = release.source
    ? [
        ...(release.source.address ? ([[m.pdf.textAsPublished, release.source.address]] as [string, string][]) : []),
        [m.pdf.digest, release.source.sha256],
      ]
    : [];
  const file = release.file ?? 'the release';
  const fixed = (text: string): PrintedText => ({ text, from: "the PDF's own labels" });
  checkFont('regular', fonts.regular, [
    fixed(m.pdf.kicker),
    fixed(m.pdf.page('0123456789', '0123456789')),
    ...facts.map(([, value, field]) => ({ text: value, from: `${file}: ${field}` })),
    ...release.paragraphs.map((p) => ({
      text: `${p.number} ${p.text}`,
      from: `${p.file ?? file}: paragraph ${p.number}`,
    })),
    ...colophon.flatMap(([label, value]) => [fixed(label), { text: value, from: `the PDF's colophon (${label})` }]),
    { text: notice, from: `${file}: attribution, source and the site's publisher (the PDF's first page)` },
  ]);
  checkFont('bold', fonts.bold, [
    { text: release.headline, from: `${file}: headline` },
    ...facts.map(([label]) => fixed(label)),
  ]);
  checkFont('italic', fonts.italic, [{ text: release.attribution, from: `${file}: attribution` }]);

  const doc = new PDFDocument({
    size: PAGE.size,
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    pdfVersion: '1.7',
    tagged: true,
    lang,
    displayTitle: true,
    info: {
      Title: release.headline,
      // The text's author, and this copy's producer: the publisher of the site that made it.
      Author: release.attribution,
      Subject: pdfSubject(release, lang),
      Creator: release.siteName,
      Producer: release.publisher,
      CreationDate: release.published,
      ModDate: release.published,
    },
  });
  // PDFKit copies the properties into the XMP metadata without XML escaping; it does so after
  // writing the Info dictionary, so escaping them at that point keeps both right.
  const endMetadata = doc.endMetadata.bind(doc);
  doc.endMetadata = () => {
    for (const key of ['Title', 'Author', 'Subject', 'Creator', 'Producer'] as const) {
      const value = doc.info[key];
      if (value !== undefined) doc.info[key] = escapeXml(value);
    }
    endMetadata();
  };
  const bytes = collect(doc);
  // PDFKit parses each face from its bytes for this document alone: the glyphs it embeds, and the
  // characters it writes into the text layer for each, are this document's own, whatever other
  // PDFs of the build set before it.
  for (const face of ['regular', 'italic', 'bold'] as const) {
    doc.registerFont(face, Buffer.from(fonts[face].buffer, fonts[face].byteOffset, fonts[face].byteLength));
  }
  doc.addPage();

  const root = doc.struct('Document');
  doc.addStructure(root);
  const left = MARGIN.left;
  const bottomOf = (): number => doc.page.height - doc.page.margins.bottom;
  const artifact = (draw: () => void, type?: 'Pagination' | 'Layout'): void => {
    doc.markContent('Artifact', type ? { type } : undefined);
    draw();
    doc.endMarkedContent();
  };
  const rule = (width: number, color: string): void =>
    artifact(() => {
      doc
        .moveTo(left, doc.y)
        .lineTo(left + width, doc.y)
        .lineWidth(0.6)
        .strokeColor(color)
        .stroke();
    }, 'Layout');
  const link = (text: string): string | undefined => (/^https?:\/\//u.test(text) ? text : undefined);

  // What the document is, its headline and the facts the release states.
  artifact(() => {
    doc.font('regular').fontSize(8).fillColor(MUTED);
    doc.text(m.pdf.kicker, left, MARGIN.top, { width: TEXT_WIDTH, lineBreak: false });
  }, 'Layout');
  doc.moveDown(0.8);
  root.add(
    doc.struct('H1', {}, () => {
      doc.font('bold').fontSize(HEADLINE.size).fillColor(INK);
      doc.text(release.headline, left, doc.y, { width: TEXT_WIDTH, lineGap: HEADLINE.lineGap });
    }),
  );
  doc.moveDown(0.5);
  for (const [label, value] of facts) {
    root.add(
      doc.struct('P', {}, () => {
        doc.font('bold').fontSize(9.5).fillColor(INK);
        doc.text(`${label} `, left, doc.y, { width: TEXT_WIDTH, lineGap: 1.5, continued: true });
        doc.font('regular').text(value);
      }),
    );
  }
  doc.moveDown(0.4);
  root.add(
    doc.struct('P', {}, () => {
      doc.font('regular').fontSize(8.5).fillColor(INK);
      doc.text(notice, left, doc.y, { width: TEXT_WIDTH, lineGap: 1.5 });
    }),
  );
  doc.moveDown(0.7);
  rule(TEXT_WIDTH, INK);
  doc.moveDown(1.1);

  // The official text. Short paragraphs stay whole; a longer one that must break leaves at least
  // two lines on each page, as the site's print style asks of the browser.
  doc.font('regular').fontSize(BODY.size);
  const lineHeight = doc.currentLineHeight(true) + BODY.lineGap;
  const linesOf = (text: string): number =>
    Math.round(doc.heightOfString(text, { width: TEXT_WIDTH, lineGap: BODY.lineGap }) / lineHeight);
  // `following` lines (the attribution after the last paragraph) must end on the same page.
  const keepLines = (text: string, following = 0): void => {
    const lines = linesOf(text);
    const fits = Math.floor((bottomOf() - doc.y + BODY.lineGap) / lineHeight);
    if (lines + following <= fits) return;
    const onThisPage = Math.min(fits, lines - 2);
    if (lines <= 3 || onThisPage < 2) {
      doc.addPage();
      return;
    }
    // Ending this page early carries at least two lines over to the next one.
    doc.page.margins.bottom = doc.page.height - (doc.y + onThisPage * lineHeight - BODY.lineGap / 2);
  };
  doc.font('italic');
  const attributionLines = linesOf(release.attribution) + Math.ceil(BODY.paragraphGap / lineHeight);
  release.paragraphs.forEach(({ number, text }, i) => {
    doc.font('regular').fontSize(BODY.size);
    keepLines(text, i === release.paragraphs.length - 1 ? attributionLines : 0);
    const top = doc.y;
    artifact(() => {
      doc.font('regular').fontSize(NUMBER_SIZE).fillColor(MUTED);
      const baselineShift = (BODY.size - NUMBER_SIZE) * 0.8;
      doc.text(String(number), left - NUMBER_GUTTER - 30, top + baselineShift, {
        width: 30,
        align: 'right',
        lineBreak: false,
      });
    });
    root.add(
      doc.struct('P', {}, () => {
        doc.font('regular').fontSize(BODY.size).fillColor(INK);
        doc.text(text, left, top, { width: TEXT_WIDTH, lineGap: BODY.lineGap });
      }),
    );
    doc.y += BODY.paragraphGap;
  });
  root.add(
    doc.struct('P', {}, () => {
      doc.font('italic').fontSize(BODY.size).fillColor(INK);
      doc.text(release.attribution, left, doc.y, { width: TEXT_WIDTH, lineGap: BODY.lineGap });
    }),
  );

  // How to check this copy against the text as published; kept on one page.
  if (colophon.length > 0) {
    doc.font('regular').fontSize(COLOPHON.size);
    const colophonHeight = colophon.reduce(
      (sum, [label, value]) =>
        sum + doc.heightOfString(`${label}: ${value}`, { width: TEXT_WIDTH, lineGap: COLOPHON.lineGap }),
      COLOPHON.before + COLOPHON.after,
    );
    if (doc.y + colophonHeight > bottomOf()) doc.addPage();
    else doc.y += COLOPHON.before;
    rule(120, MUTED);
    doc.y += COLOPHON.after;
    for (const [label, value] of colophon) {
      root.add(
        doc.struct('P', {}, () => {
          doc.font('regular').fontSize(COLOPHON.size).fillColor(MUTED);
          doc.text(`${label}: `, left, doc.y, { width: TEXT_WIDTH, lineGap: COLOPHON.lineGap, continued: true });
          doc.fillColor(INK).text(value, { link: link(value) ?? null, underline: false });
        }),
      );
    }
  }

  // A running footer on every page: the address, and the page number out of the total.
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Text below the bottom margin would start a new page; the footer lives in that margin.
    doc.page.margins.bottom = 0;
    const y = PAGE.height - MARGIN.bottom + 22;
    artifact(() => {
      doc.font('regular').fontSize(7.5).fillColor(MUTED);
      const pageLabel = m.pdf.page(String(i - start + 1), String(count));
      const room = TEXT_WIDTH - doc.widthOfString(pageLabel) - 16;
      const address = release.address ?? '';
      const fits = doc.widthOfString(address) <= room;
      if (address) doc.text(address, left, y, { width: fits ? room : TEXT_WIDTH, lineBreak: false });
      doc.text(pageLabel, left, fits ? y : y + 10, { width: TEXT_WIDTH, align: 'right', lineBreak: false });
    }, 'Pagination');
    doc.page.margins.bottom = bottom;
  }

  root.end();
  doc.end();
  return bytes;
}
