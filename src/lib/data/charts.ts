/** One bar of a chart: its label, its value, and the value as shown (`15%`). */
export interface BarInput {
  label: string;
  value: number;
  /** The value as drawn next to the bar: short. */
  display: string;
  /** The value in words for the chart's table; `display` when not given. */
  description?: string;
  /** A fall: drawn leftwards from the axis, so that a larger fall reads as a longer drop, not as growth. */
  decrease?: boolean;
}

/** A line of a bar's label and its baseline. */
export interface LabelLine {
  text: string;
  y: number;
}

/** A bar laid out: its label above it (on as many lines as it needs), the bar, and its value after it. */
export interface Bar extends BarInput {
  /** The label's lines, each no wider than the chart. */
  labelLines: LabelLine[];
  /** Where the label and the value are anchored, and how: from the axis outwards. */
  labelX: number;
  valueX: number;
  anchor: 'start' | 'end';
  /** The left edge and top of the bar. */
  x: number;
  y: number;
  /** The bar's length; the track behind it is the whole plot. */
  width: number;
  /** The middle of the bar, for the value's text. */
  valueY: number;
}

/** The drawing box of a chart, in SVG user units; the SVG scales to the page's width. */
export interface ChartLayout {
  width: number;
  height: number;
  /** The width bars can fill: the length of the scale's maximum. */
  plotWidth: number;
  /** The height of each bar. */
  barHeight: number;
  /** Where bars start: the left edge, or the right edge for falls. */
  axisX: number;
  bars: Bar[];
}

// Small user units, with text at 16: drawn about 240 px wide on a phone, the text stays above 12 px.
const WIDTH = 300;
const VALUE_ROOM = 64;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 18;
const GAP = 12;
const VALUE_GAP = 6;
/** Room between the axis and a label anchored on it: the label never touches or crosses the axis. */
const LABEL_GAP = 6;
const FONT_SIZE = 16;

/**
 * Widths of characters in ems, at least as wide as DejaVu Sans's, which is as wide as the common
 * sans-serif system faces get, for Latin letters, digits and common punctuation: the chart's text
 * is set in the reader's system font, whose real widths cannot be known at build time, and a label
 * wrapped by these widths fits the chart in any of them.
 */
function emWidth(character: string): number {
  if (character === ' ') return 0.32;
  if (/[ijl.,:;'’‘|!]/u.test(character)) return 0.32;
  if (/[()[\]]/u.test(character)) return 0.4;
  if (/[ftr“”"-]/u.test(character)) return 0.53;
  if (/[mwMW@%—]/u.test(character)) return 1;
  if (/[A-Z]/u.test(character)) return 0.8;
  return 0.64;
}

/** The width a text takes at the chart's font size, by `emWidth`'s generous widths. */
export function labelWidth(text: string): number {
  return [...text].reduce((sum, character) => sum + emWidth(character) * FONT_SIZE, 0);
}

/**
 * A label in lines no wider than `width`, broken between words, and not inside a parenthesis that
 * fits on a line of its own; a single word wider than that keeps a line of its own.
 */
export function labelLines(label: string, width = WIDTH): string[] {
  const lines: string[] = [];
  const pieces = (label.match(/\([^)]*\)\S*|\S+/gu) ?? []).flatMap((piece) =>
    labelWidth(piece) <= width ? [piece] : piece.split(/\s+/u),
  );
  for (const word of pieces) {
    const last = lines.at(-1);
    if (last !== undefined && labelWidth(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Horizontal bars on one scale from zero, for figures in the same unit: lengths are in proportion
 * to the values, the largest filling the plot, unless `max` fixes the scale (100 for shares).
 * Falls are drawn leftwards from an axis on the right; a chart holds falls or rises, not both.
 */
export function barLayout(inputs: readonly BarInput[], max?: number): ChartLayout {
  if (inputs.length === 0) throw new RangeError('a chart needs at least one bar');
  const falls = inputs.filter((input) => input.decrease === true).length;
  if (falls > 0 && falls < inputs.length) throw new RangeError('a chart shows falls or rises, not both');
  const leftwards = falls > 0;
  const scale = max ?? Math.max(...inputs.map((bar) => bar.value));
  if (!(scale > 0)) throw new RangeError('a chart needs a scale greater than zero');
  const plotWidth = WIDTH - VALUE_ROOM;
  const axisX = leftwards ? WIDTH : 0;
  // Each bar's row starts where the last ended: a label on two lines makes its row taller.
  let rowTop = 0;
  const bars = inputs.map((input) => {
    if (input.value < 0 || input.value > scale) {
      throw new RangeError(`${input.label}: ${input.value} is outside the scale 0 to ${scale}`);
    }
    const lines = labelLines(input.label, WIDTH - LABEL_GAP).map((text, i) => ({
      text,
      y: rowTop + (i + 1) * LABEL_HEIGHT - 6,
    }));
    const y = rowTop + lines.length * LABEL_HEIGHT;
    rowTop = y + BAR_HEIGHT + GAP;
    const width = (input.value / scale) * plotWidth;
    const reach = max !== undefined ? plotWidth : width;
    return {
      ...input,
      labelLines: lines,
      labelX: leftwards ? axisX - LABEL_GAP : axisX + LABEL_GAP,
      x: leftwards ? axisX - width : axisX,
      y,
      width,
      valueX: leftwards ? axisX - reach - VALUE_GAP : axisX + reach + VALUE_GAP,
      anchor: leftwards ? ('end' as const) : ('start' as const),
      valueY: y + BAR_HEIGHT / 2,
    };
  });
  return { width: WIDTH, height: rowTop - GAP + 2, plotWidth, barHeight: BAR_HEIGHT, axisX, bars };
}
