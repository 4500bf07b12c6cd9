import { create, type Font } from 'fontkit';

/** What a social card says: a small line above, the title, and a line at the foot. */
export interface SocialCardText {
  /** Above the title: what the page is (a topic's name, "Full text"…). */
  kicker: string;
  /** The page's title: the release's headline or the topic's title. */
  title: string;
  /** At the foot: the issuer and the date. */
  footer: string;
}

/** The faces a card is set in, as font files (TrueType or OpenType). */
export interface SocialCardFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 72;

const parsed = new WeakMap<SocialCardFonts, { regular: Font; bold: Font }>();

/** The fonts parsed once for all the cards of a build. */
function parsedFonts(fonts: SocialCardFonts): { regular: Font; bold: Font } {
  let faces = parsed.get(fonts);
  if (!faces) {
    faces = { regular: create(Buffer.from(fonts.regular)) as Font, bold: create(Buffer.from(fonts.bold)) as Font };
    parsed.set(fonts, faces);
  }
  return faces;
}

/** A line of text as an SVG path, set in `font` at `size` px from (x, baseline). */
function textPath(font: Font, text: string, size: number, x: number, baseline: number): { d: string; width: number } {
  const run = font.layout(text);
  const scale = size / font.unitsPerEm;
  let pen = 0;
  const parts: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i];
    const d = glyph.path
      .scale(scale, -scale)
      .translate(x + (pen + (position?.xOffset ?? 0)) * scale, baseline - (position?.yOffset ?? 0) * scale)
      .toSVG();
    if (d) parts.push(d);
    pen += position?.xAdvance ?? glyph.advanceWidth;
  });
  return { d: parts.join(''), width: pen * scale };
}

/** Breaks `text` into lines no wider than `width` px; a word longer than a line stands alone. */
export function wrapText(font: Font, text: string, size: number, width: number): string[] {
  const scale = size / font.unitsPerEm;
  const measure = (line: string): number => font.layout(line).advanceWidth * scale;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A 1200×630 card for link previews, as SVG with every letter drawn as a path: it needs no font
 * on the machine that turns it into PNG, so it looks the same wherever the site is built.
 */
export function socialCardSvg(text: SocialCardText, fonts: SocialCardFonts): string {
  const { regular, bold } = parsedFonts(fonts);
  const width = CARD_WIDTH - 2 * MARGIN;
  // The longest headlines take five lines at 56 px; shorter titles are set larger.
  let size = 68;
  let lines = wrapText(bold, text.title, size, width);
  while (lines.length > 4 && size > 44) {
    size -= 4;
    lines = wrapText(bold, text.title, size, width);
  }
  const lineHeight = size * 1.18;
  const kicker = textPath(regular, text.kicker.toUpperCase(), 28, MARGIN, MARGIN + 28);
  const title = lines.map((line, i) => textPath(bold, line, size, MARGIN, MARGIN + 60 + size + i * lineHeight).d);
  const footer = textPath(regular, text.footer, 28, MARGIN, CARD_HEIGHT - MARGIN);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fbfaf7"/>`,
    `<rect x="0" y="0" width="16" height="${CARD_HEIGHT}" fill="#1b1b1b"/>`,
    `<path d="${kicker.d}" fill="#2f5fa7"/>`,
    ...title.map((d) => `<path d="${d}" fill="#1b1b1b"/>`),
    `<rect x="${MARGIN}" y="${CARD_HEIGHT - MARGIN - 60}" width="${width}" height="2" fill="#767676"/>`,
    `<path d="${footer.d}" fill="#4f4f4f"/>`,
    '</svg>',
  ].join('');
}
