import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { create, type Font } from 'fontkit';
import { loadSerifFonts, sfntFromWoff } from '../../src/lib/downloads/serif-fonts';

const require = createRequire(import.meta.url);
const woff = readFileSync(require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff'));

function open(bytes: Uint8Array): Font {
  const font = create(Buffer.from(bytes));
  if (!('numGlyphs' in font)) throw new Error('a collection, not a font');
  return font;
}

describe('sfntFromWoff', () => {
  it('unwraps a WOFF font into the same font: names, glyphs, characters and outlines', () => {
    const before = open(woff);
    const after = open(sfntFromWoff(woff));
    expect(Buffer.from(sfntFromWoff(woff)).toString('latin1', 0, 4)).not.toBe('wOFF');
    expect(after.postscriptName).toBe(before.postscriptName);
    expect(after.numGlyphs).toBe(before.numGlyphs);
    expect(after.characterSet).toEqual(before.characterSet);
    for (const char of ['A', 'g', '’', '“', '”', '%']) {
      const [a, b] = [before, after].map((font) => font.glyphForCodePoint(char.codePointAt(0) ?? 0));
      expect(b?.path.toSVG(), char).toBe(a?.path.toSVG());
      expect(b?.advanceWidth, char).toBe(a?.advanceWidth);
    }
  });

  it('refuses what is not a WOFF font', () => {
    expect(() => sfntFromWoff(new TextEncoder().encode('OTTO and more bytes than a header'))).toThrow(/not a WOFF/u);
  });
});

describe('loadSerifFonts', () => {
  it('gives a regular, an italic and a bold Source Serif 4', async () => {
    const fonts = await loadSerifFonts();
    expect(open(fonts.regular).postscriptName).toBe('SourceSerif4-Regular');
    expect(open(fonts.italic).postscriptName).toBe('SourceSerif4-Italic');
    expect(open(fonts.bold).postscriptName).toMatch(/^SourceSerif4-(SemiBold|Bold)$/u);
  });
});
