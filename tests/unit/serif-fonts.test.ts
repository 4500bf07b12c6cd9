import { describe, expect, it } from 'vitest';
import { create, type Font } from 'fontkit';
import { loadSerifFonts } from '../../src/lib/fonts/serif-fonts';
import { missingCharacters } from '../../src/lib/fonts/glyph-check';

/** Russian's alphabet and the letters Kazakh adds to it, both cases; the quotes and the numero sign. */
const CYRILLIC = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя' + 'ӘәҒғҚқҢңӨөҰұҮүҺһІі' + '«»№';

function open(bytes: Uint8Array): Font {
  const font = create(Buffer.from(bytes));
  if (!('numGlyphs' in font)) throw new Error('a collection, not a font');
  return font;
}

describe('loadSerifFonts', () => {
  it('gives a regular, an italic and a bold Source Serif 4', async () => {
    const fonts = await loadSerifFonts();
    expect(open(fonts.regular).postscriptName).toBe('SourceSerif4-Regular');
    expect(open(fonts.italic).postscriptName).toBe('SourceSerif4-Italic');
    expect(open(fonts.bold).postscriptName).toMatch(/^SourceSerif4-(SemiBold|Bold)$/u);
  });

  it.each(['regular', 'italic', 'bold'] as const)(
    'draws Cyrillic with the Kazakh letters in the %s face',
    async (face) => {
      const fonts = await loadSerifFonts();
      expect(missingCharacters(open(fonts[face]), [CYRILLIC, 'Atameken «Атамекен», Қазақстан, Өскемен'])).toEqual([]);
    },
  );
});
