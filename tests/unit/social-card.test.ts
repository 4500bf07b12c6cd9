import { describe, expect, it } from 'vitest';
import { create, type Font } from 'fontkit';
import { loadPdfFonts } from '../../src/lib/pdf-fonts';
import { CARD_HEIGHT, CARD_WIDTH, socialCardSvg, wrapText } from '../../src/lib/social-card';
import { line } from '../helpers/source';

describe('social cards', async () => {
  const { regular, bold } = await loadPdfFonts();
  const font = create(Buffer.from(bold)) as Font;

  it('wraps a title into lines that fit, keeping every word in order', () => {
    const headline = line(1);
    const lines = wrapText(font, headline, 60, 1000);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(headline);
    for (const text of lines) expect((font.layout(text).advanceWidth * 60) / font.unitsPerEm).toBeLessThanOrEqual(1000);
  });

  it('draws every letter as a path, so no font is needed where the PNG is made', () => {
    const svg = socialCardSvg(
      { kicker: 'Drug trafficking', title: line(1), footer: '28 January 2019' },
      { regular, bold },
    );
    expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`);
    expect(svg).not.toMatch(/<text|font-family/u);
    expect((svg.match(/<path d="M/gu) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('sets long titles smaller, so that they stay above the rule at the foot', () => {
    // The title is drawn in the text colour; the rule sits 60 px above the bottom margin of 72 px.
    const titleBottom = (svg: string) =>
      Math.max(
        ...[...svg.matchAll(/<path d="([^"]+)" fill="#1b1b1b"\/>/gu)].flatMap((m) =>
          [...(m[1] ?? '').matchAll(/[MLQC][^MLQCZ]*/gu)].flatMap((cmd) => {
            const numbers = cmd[0]
              .slice(1)
              .trim()
              .split(/[\s,]+/u)
              .map(Number);
            return numbers.filter((_, i) => i % 2 === 1);
          }),
        ),
      );
    const long = socialCardSvg({ kicker: 'k', title: `${line(1)} ${line(1)}`, footer: 'f' }, { regular, bold });
    expect(titleBottom(long)).toBeLessThan(CARD_HEIGHT - 72 - 60);
  });
});
