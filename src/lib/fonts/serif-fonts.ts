import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';

/** The serif font files the PDF embeds and the cards are set in (TrueType bytes). */
export interface SerifFonts {
  regular: Uint8Array;
  italic: Uint8Array;
  bold: Uint8Array;
}

// Source Serif 4 (SIL Open Font License) as Google Fonts publishes it, whole: Latin, Cyrillic with
// the letters of Kazakh (Ә Ғ Қ Ң Ө Ұ Ү Һ І), Greek and Vietnamese in one file per face. Read from
// node_modules at build time, never fetched. The PDF embeds only the glyphs it uses.
const FACES = {
  regular: '400Regular/SourceSerif4_400Regular.ttf',
  italic: '400Regular_Italic/SourceSerif4_400Regular_Italic.ttf',
  bold: '600SemiBold/SourceSerif4_600SemiBold.ttf',
} as const satisfies Record<keyof SerifFonts, string>;

const faces = new WeakMap<Uint8Array, Font>();

/**
 * A face as the font engine reads it, parsed once per build for the glyph checks and the cards,
 * which read outlines, widths and the character map. A PDF's faces are PDFKit's own, parsed by it
 * from the same bytes for each document (see release-pdf.ts).
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

/** The files of the serif faces, resolved from the project (the working directory by default). */
export function serifFontFiles(root = process.cwd()): Record<keyof SerifFonts, string> {
  // From the project, because bundled build chunks do not live beside this file.
  const require = createRequire(join(root, 'package.json'));
  const at = (file: string): string => require.resolve(`@expo-google-fonts/source-serif-4/${file}`);
  return { regular: at(FACES.regular), italic: at(FACES.italic), bold: at(FACES.bold) };
}

let fonts: Promise<SerifFonts> | undefined;

/** The serif fonts of the PDF and the social cards, read once per process from the font package. */
export function loadSerifFonts(): Promise<SerifFonts> {
  fonts ??= (async () => {
    const files = serifFontFiles();
    const read = async (file: string) => new Uint8Array(await readFile(file));
    const [regular, italic, bold] = await Promise.all([read(files.regular), read(files.italic), read(files.bold)]);
    return { regular, italic, bold };
  })();
  return fonts;
}
