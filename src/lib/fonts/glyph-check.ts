import type { Font } from 'fontkit';
import { parsedFace } from './serif-fonts.ts';

/** A text the PDF prints, and where it comes from, for a message naming the file and field. */
export interface PrintedText {
  text: string;
  from: string;
}

/**
 * Every character of `texts` that `font` cannot draw, each once. A missing glyph would print as an
 * empty box or not at all, so the PDF is refused rather than made wrong.
 */
export function missingCharacters(font: Pick<Font, 'hasGlyphForCodePoint'>, texts: readonly string[]): string[] {
  const missing = new Set<string>();
  for (const text of texts) {
    for (const char of text) {
      if (/\s/u.test(char)) continue;
      const codePoint = char.codePointAt(0);
      if (codePoint !== undefined && !font.hasGlyphForCodePoint(codePoint)) missing.add(char);
    }
  }
  return [...missing];
}

/** Fails, naming each text's file and field, when the font cannot draw a character of the texts. */
export function checkFont(name: string, bytes: Uint8Array, texts: readonly PrintedText[]): void {
  // Only the character map is read: sharing the parsed face with other checks and the cards is safe.
  let font: Font;
  try {
    font = parsedFace(bytes);
  } catch (error) {
    throw new Error(`PDF font ${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const problems = texts.flatMap(({ text, from }) => {
    const missing = missingCharacters(font, [text]);
    if (missing.length === 0) return [];
    const list = missing.map(
      (c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`,
    );
    return [`${from}: the PDF's ${name} font (${font.postscriptName}) has no glyph for ${list.join(', ')}`];
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
