import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import { rememberedLayout } from './word-layouts';

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
