import { describe, expect, it } from 'vitest';
import { create, type Font } from 'fontkit';
import { loadSerifFonts } from '../../src/lib/fonts/serif-fonts';
import { CARD_HEIGHT, CARD_WIDTH, socialCardSvg, wrapText } from '../../src/lib/cards/social-card';
import { line } from '../helpers/source';

describe('social cards', async () => {
  const { regular, bold } = await loadSerifFonts();
  const font = create(Buffer.from(bold)) as Font;

  it('wraps a title into lines that fit, keeping every word in order', () => {
    const headline = line(1);
    const lines = wrapText(font, headline, 60, 1000);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(headline);
    for (const text of lines) expect((font.layout(text).advanceWidth * 60) / font.unitsPerEm).toBeLessThanOrEqual(1000);
  });

  it('gives a word to the next line when kerning across a space makes a line too wide', () => {
    // A stand-in font: each letter 100 units; a space 100 units alone, 150 between two words.
    const kerned = {
      unitsPerEm: 1000,
      layout: (text: string) => ({ advanceWidth: text.length * 100 + (text.split(' ').length - 1) * 50 }),
    } as unknown as Font;
    // At a size of 1,000 px a unit is a pixel. By the sum of its words and spaces "aa bb cc" is
    // 800 px wide and fits 800 px; laid out, it is 900.
    expect(wrapText(kerned, 'aa bb cc', 1000, 800)).toEqual(['aa bb', 'cc']);
    expect(wrapText(kerned, 'aa bb cc', 1000, 900)).toEqual(['aa bb cc']);
  });

  it('draws every letter as a path, so no font is needed where the PNG is made', () => {
    const svg = socialCardSvg(
      { kicker: 'Drug trafficking', title: line(1), footer: '28 January 2019' },
      { regular, bold },
    );
    expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`);
    expect(svg).not.toMatch(/<text|font-family/u);
    // Letters are outlines (paths in <defs>) placed with <use>: one per letter that has ink.
    expect((svg.match(/<path id="[rb]\d+" d="M/gu) ?? []).length).toBeGreaterThanOrEqual(10);
    const inked =
      [...'DRUG TRAFFICKING 28 January 2019'.replace(/\s/gu, '')].length + line(1).replace(/\s/gu, '').length;
    expect((svg.match(/<use href="#/gu) ?? []).length).toBeGreaterThanOrEqual(inked - 5);
  });

  it('draws Cyrillic and the Kazakh letters, each with its own glyph', () => {
    const title = 'Палата «Атамекен»: Қазақстан, Өскемен, Әділет, Ұлттық, Үкімет, Һ, Ғ, Ң, І';
    const svg = socialCardSvg({ kicker: 'Тема', title, footer: '15 сәуір 2019' }, { regular, bold });
    for (const letter of new Set(title.replace(/[\s«»:,]/gu, ''))) {
      const glyph = font.glyphForCodePoint(letter.codePointAt(0) ?? 0).id;
      // Glyph 0 is the font's "missing" box.
      expect(glyph, letter).toBeGreaterThan(0);
      expect(svg, letter).toContain(`<path id="b${glyph}" d="M`);
    }
  });

  it('sets long titles smaller, so that they stay above the rule at the foot', () => {
    // Each title letter is placed by matrix(scale 0 0 -scale x baseline); letters reach below their
    // baseline by less than a third of the type size, which is scale × 1000 font units.
    const titleBottom = (svg: string) => {
      const title = /<g fill="#1b1b1b" class="title">(.*?)<\/g>/u.exec(svg)?.[1] ?? '';
      return Math.max(
        ...[...title.matchAll(/matrix\(([\d.]+) 0 0 -[\d.]+ [\d.]+ ([\d.]+)\)/gu)].map(
          (m) => Number(m[2]) + Number(m[1]) * 1000 * 0.33,
        ),
      );
    };
    const long = socialCardSvg({ kicker: 'k', title: `${line(1)} ${line(1)}`, footer: 'f' }, { regular, bold });
    expect(titleBottom(long)).toBeLessThan(CARD_HEIGHT - 72 - 60);
    // A title of 1,400 characters is cut, with an ellipsis, above the rule: the footer stays readable.
    const huge = socialCardSvg(
      {
        kicker: 'k',
        title: Array.from({ length: 10 }, () => line(1))
          .join(' ')
          .slice(0, 1400),
        footer: 'f',
      },
      { regular, bold },
    );
    expect(titleBottom(huge)).toBeLessThan(CARD_HEIGHT - 72 - 60);
    const ellipsis = font.glyphForCodePoint(0x2026).id;
    expect(huge).toContain(`href="#b${ellipsis}"`);
  });
});
