import type { Font } from 'fontkit';
import sharp from 'sharp';
import { rendererKey } from '../cache/drawing-cache.ts';
import { parsedFace } from '../fonts/serif-fonts.ts';

// libvips would keep every card it drew in its operation cache; each card is drawn once.
sharp.cache(false);

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

/** The fonts parsed once for all the cards and PDFs of a build. */
function parsedFonts(fonts: SocialCardFonts): { regular: Font; bold: Font } {
  return { regular: parsedFace(fonts.regular), bold: parsedFace(fonts.bold) };
}

/** A function of a font and a key, worked out once per build for each pair and shared by every card. */
function memoisedPerFont<K, V>(compute: (font: Font, key: K) => V): (font: Font, key: K) => V {
  const results = new WeakMap<Font, Map<K, V>>();
  return (font, key) => {
    let byKey = results.get(font);
    if (!byKey) {
      byKey = new Map();
      results.set(font, byKey);
    }
    if (!byKey.has(key)) byKey.set(key, compute(font, key));
    return byKey.get(key) as V;
  };
}

/** A glyph's outline in font units, as SVG path data: drawn once however many cards use it. */
const outlineOf = memoisedPerFont((font, id: number) => font.getGlyph(id).path.toSVG());

/** The id of a glyph's outline in a card's `<defs>`, adding it to `defs` the first time. */
function glyphRef(font: Font, prefix: string, id: number, defs: Map<string, string>): string | undefined {
  const d = outlineOf(font, id);
  if (!d) return undefined;
  const ref = `${prefix}${id}`;
  defs.set(ref, d);
  return ref;
}

/**
 * A line of text as SVG: one `<use>` of a shared glyph outline per letter, placed and scaled, set
 * in `font` at `size` px from (x, baseline). Glyphs are drawn once however many cards use them.
 */
function textLine(
  font: Font,
  prefix: string,
  text: string,
  size: number,
  x: number,
  baseline: number,
  defs: Map<string, string>,
): string {
  const run = font.layout(text);
  const scale = size / font.unitsPerEm;
  let pen = 0;
  const uses: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i];
    const ref = glyphRef(font, prefix, glyph.id, defs);
    if (ref) {
      const gx = x + (pen + (position?.xOffset ?? 0)) * scale;
      const gy = baseline - (position?.yOffset ?? 0) * scale;
      uses.push(`<use href="#${ref}" transform="matrix(${scale} 0 0 ${-scale} ${gx.toFixed(2)} ${gy.toFixed(2)})"/>`);
    }
    pen += position?.xAdvance ?? glyph.advanceWidth;
  });
  return uses.join('');
}

/** The advance width of a text (a word, a space) set in a font, in font units: measured once per build. */
const advanceOf = memoisedPerFont((font, text: string) => font.layout(text).advanceWidth);

/**
 * Breaks `text` into lines no wider than `width` px; a word longer than a line stands alone.
 * Lines are filled by the widths of their words and spaces, each word measured once (laying out
 * every candidate line again, word after word, cost more than the rest of the card); each line
 * is then measured as it will be drawn, and gives its last word to the next line while kerning
 * across a space makes it too wide.
 */
export function wrapText(font: Font, text: string, size: number, width: number): string[] {
  const limit = (width * font.unitsPerEm) / size;
  const space = advanceOf(font, ' ');
  const lines: string[][] = [];
  let line: string[] = [];
  let lineWidth = 0;
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const wordWidth = advanceOf(font, word);
    if (line.length > 0 && lineWidth + space + wordWidth > limit) {
      lines.push(line);
      line = [];
      lineWidth = 0;
    }
    lineWidth += (line.length > 0 ? space : 0) + wordWidth;
    line.push(word);
  }
  if (line.length > 0) lines.push(line);
  for (let i = 0; i < lines.length; i += 1) {
    const current = lines[i] ?? [];
    while (current.length > 1 && font.layout(current.join(' ')).advanceWidth > limit) {
      const carried = current.pop() ?? '';
      if (i + 1 === lines.length) lines.push([]);
      lines[i + 1]?.unshift(carried);
    }
  }
  return lines.map((words) => words.join(' '));
}

/** How many title lines fit between the kicker and the rule above the footer, at `size` px. */
export function titleLines(size: number, lineHeight: number): number {
  const rule = CARD_HEIGHT - MARGIN - 60;
  const lastBaseline = rule - 16 - size * 0.25;
  return Math.max(1, Math.floor((lastBaseline - (MARGIN + 60 + size)) / lineHeight) + 1);
}

/**
 * The title's lines cut to `max`, the last one ending in an ellipsis that fits the width: a title
 * too long for the card is shortened visibly rather than run over the footer that says the card
 * is an independent copy.
 */
function fitAbove(font: Font, lines: string[], size: number, width: number, max: number): string[] {
  if (lines.length <= max) return lines;
  const ellipsis = font.hasGlyphForCodePoint(0x2026) ? '…' : '...';
  const limit = (width * font.unitsPerEm) / size;
  const words = (lines[max - 1] ?? '').split(' ');
  while (words.length > 1 && font.layout(`${words.join(' ')}${ellipsis}`).advanceWidth > limit) words.pop();
  return [...lines.slice(0, max - 1), `${words.join(' ').replace(/[\s,;:.]+$/u, '')}${ellipsis}`];
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
  lines = fitAbove(bold, lines, size, width, titleLines(size, lineHeight));
  const defs = new Map<string, string>();
  const kicker = textLine(regular, 'r', text.kicker.toUpperCase(), 28, MARGIN, MARGIN + 28, defs);
  const title = lines
    .map((line, i) => textLine(bold, 'b', line, size, MARGIN, MARGIN + 60 + size + i * lineHeight, defs))
    .join('');
  const footer = textLine(regular, 'r', text.footer, 28, MARGIN, CARD_HEIGHT - MARGIN, defs);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<defs>${[...defs].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('')}</defs>`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fbfaf7"/>`,
    `<rect x="0" y="0" width="16" height="${CARD_HEIGHT}" fill="#1b1b1b"/>`,
    `<g fill="#2f5fa7">${kicker}</g>`,
    `<g fill="#1b1b1b" class="title">${title}</g>`,
    `<rect x="${MARGIN}" y="${CARD_HEIGHT - MARGIN - 60}" width="${width}" height="2" fill="#767676"/>`,
    `<g fill="#4f4f4f">${footer}</g>`,
    '</svg>',
  ].join('');
}

/** A card as PNG: the SVG above, rasterised. */
export async function socialCardPng(text: SocialCardText, fonts: SocialCardFonts): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(
    await sharp(Buffer.from(socialCardSvg(text, fonts)))
      .png({ compressionLevel: 6 })
      .toBuffer(),
  );
}

/**
 * The key of a card in the drawing cache: its words, its fonts, this module and what it imports,
 * and the versions of the font engine and of the rasteriser. Undefined when the renderer's
 * sources cannot be read.
 */
export function socialCardKey(text: SocialCardText, fonts: SocialCardFonts, root = process.cwd()): string | undefined {
  const inputs = { text, fonts: { regular: fonts.regular, bold: fonts.bold } };
  return rendererKey({ entry: 'src/lib/cards/social-card.ts', packages: ['fontkit', 'sharp'] }, inputs, root);
}
