import { extractText, extractTextItems, getDocumentProxy, getMeta, type StructuredTextItem } from 'unpdf';

export interface PdfContent {
  /** The text of each page, as PDF.js extracts it. */
  pages: string[];
  /** Every page's text, one after another. */
  text: string;
  /** The document properties (Info dictionary and catalog), as PDF.js reads them. */
  info: Record<string, unknown>;
  /** The XMP metadata, as PDF.js parses it; undefined when the PDF has none or it does not parse. */
  xmp: { get(name: string): unknown } | undefined;
  /** Whether the PDF says it is tagged (MarkInfo /Marked). */
  tagged: boolean;
  /** The positioned text items of each page. */
  items: StructuredTextItem[][];
}

/** Reads a PDF the way a reader's viewer does, with PDF.js: its text, properties and metadata. */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  // PDF.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const open = () => getDocumentProxy(new Uint8Array(bytes));
  const [{ text: pages }, { items }, { info, metadata }, doc] = await Promise.all([
    open().then((pdf) => extractText(pdf, { mergePages: false })),
    open().then((pdf) => extractTextItems(pdf)),
    open().then((pdf) => getMeta(pdf)),
    open(),
  ]);
  const markInfo = await doc.getMarkInfo();
  return {
    pages,
    text: pages.join('\n'),
    info,
    xmp: metadata ?? undefined,
    tagged: markInfo?.Marked === true,
    items,
  };
}

/**
 * Text made comparable across a PDF's line breaks: white space collapsed, and a line break right
 * after a hyphen (where a line may wrap inside a hyphenated word) taken out. Apply it to both sides.
 */
export function comparable(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/(?<=\S-) (?=\S)/gu, '');
}

/**
 * The position of each expected passage in `text`, searched in order, each after the one before;
 * -1 for a passage not found there. Both sides are made comparable first.
 */
export function positionsInOrder(text: string, passages: readonly string[]): number[] {
  const haystack = comparable(text);
  let from = 0;
  return passages.map((passage) => {
    const needle = comparable(passage);
    const at = haystack.indexOf(needle, from);
    if (at >= 0) from = at + needle.length;
    return at;
  });
}
