import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { create, type Font } from 'fontkit';
import { rememberedLayout } from './word-layouts';

/** The serif font files the PDF embeds and the cards are set in (TrueType or OpenType bytes; WOFF works, more slowly). */
export interface SerifFonts {
  regular: Uint8Array;
  italic: Uint8Array;
  bold: Uint8Array;
}

// Source Serif 4 from its npm package (SIL Open Font License), the Latin subset: the faces the
// PDF sets, read from node_modules at build time, never fetched.
const FACES = {
  regular: 'source-serif-4-latin-400-normal.woff',
  italic: 'source-serif-4-latin-400-italic.woff',
  bold: 'source-serif-4-latin-600-normal.woff',
} as const satisfies Record<keyof SerifFonts, string>;

/**
 * A WOFF 1.0 font as the plain TrueType/OpenType font it wraps (the tables inflated). The PDF
 * embeds the same glyphs either way; unwrapping once, with Node's zlib, spares the font engine
 * from inflating tables in JavaScript every time it reads one.
 */
export function sfntFromWoff(woff: Uint8Array): Uint8Array {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (input.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const flavor = input.readUInt32BE(4);
  const numTables = input.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const entry = 44 + i * 20;
    const offset = input.readUInt32BE(entry + 4);
    const compLength = input.readUInt32BE(entry + 8);
    const origLength = input.readUInt32BE(entry + 12);
    const stored = input.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error('WOFF table has the wrong length');
    return { tag: input.readUInt32BE(entry), checksum: input.readUInt32BE(entry + 16), data };
  });
  const pad = (n: number): number => (n + 3) & ~3;
  const headerLength = 12 + numTables * 16;
  const output = Buffer.alloc(tables.reduce((sum, table) => sum + pad(table.data.length), headerLength));
  const power = 2 ** Math.floor(Math.log2(numTables));
  output.writeUInt32BE(flavor, 0);
  output.writeUInt16BE(numTables, 4);
  output.writeUInt16BE(power * 16, 6);
  output.writeUInt16BE(Math.log2(power), 8);
  output.writeUInt16BE(numTables * 16 - power * 16, 10);
  let offset = headerLength;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    output.writeUInt32BE(table.tag, record);
    output.writeUInt32BE(table.checksum, record + 4);
    output.writeUInt32BE(offset, record + 8);
    output.writeUInt32BE(table.data.length, record + 12);
    table.data.copy(output, offset);
    offset += pad(table.data.length);
  });
  return output;
}

const faces = new WeakMap<Uint8Array, Font>();

/**
 * A face as the font engine reads it, parsed once per build for the glyph checks and the cards,
 * which read outlines, widths and the character map. A PDF sets its text in a documentFace().
 */
export function parsedFace(bytes: Uint8Array): Font {
  let face = faces.get(bytes);
  if (!face) {
    const font = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (!('hasGlyphForCodePoint' in font)) throw new Error('a font collection, not a font');
    face = font;
    faces.set(bytes, face);
  }
  return face;
}

/**
 * A face for one PDF: the shared parse's tables, decoded once per build, with glyphs and a layout
 * engine of its own. The engine keeps each glyph with the characters it was first asked for, and
 * PDFKit writes those into the PDF's text layer; where one glyph serves two characters (’ and ʼ,
 * space and no-break space), glyphs shared between PDFs would make one PDF's copied text depend on
 * another PDF drawn before it. Parsing the face again for every PDF avoided that, but decoded its
 * layout tables again too, which made PDFs cost two to three times as much in large builds.
 *
 * Words are shaped once per build (rememberedLayout, word-layouts.ts) and set on the PDF's own glyphs.
 *
 * This reaches into fontkit's glyph cache (`_glyphs`) and cached layout engine (`_layoutEngine`),
 * which is why fontkit's version is pinned; tests/unit/release-pdf.test.ts fails if either stops
 * keeping one PDF's glyphs apart from another's.
 */
export function documentFace(bytes: Uint8Array): Font {
  const shared = parsedFace(bytes);
  const engine = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(shared) as object, '_layoutEngine');
  if (!engine?.get) throw new Error('fontkit no longer has the layout engine this module expects');
  return Object.create(shared, {
    _glyphs: { value: {}, writable: true, configurable: true },
    // The class's lazy getter, so that the engine is made for this face the first time it is used.
    _layoutEngine: { get: engine.get, configurable: true },
    layout: { value: rememberedLayout(shared, engine.get), configurable: true },
  }) as Font;
}

/** The files of the serif faces, resolved from the project (the working directory by default). */
export function serifFontFiles(root = process.cwd()): Record<keyof SerifFonts, string> {
  // From the project, because bundled build chunks do not live beside this file.
  const require = createRequire(join(root, 'package.json'));
  const at = (file: string): string => require.resolve(`@fontsource/source-serif-4/files/${file}`);
  return { regular: at(FACES.regular), italic: at(FACES.italic), bold: at(FACES.bold) };
}

let fonts: Promise<SerifFonts> | undefined;

/** The serif fonts of the PDF and the social cards, read and unwrapped once per process from the font package. */
export function loadSerifFonts(): Promise<SerifFonts> {
  fonts ??= (async () => {
    const files = serifFontFiles();
    const read = async (file: string) => sfntFromWoff(await readFile(file));
    const [regular, italic, bold] = await Promise.all([read(files.regular), read(files.italic), read(files.bold)]);
    return { regular, italic, bold };
  })();
  return fonts;
}
