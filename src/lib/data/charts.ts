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

/** A bar laid out: its label above it, the bar, and its value after it. */
export interface Bar extends BarInput {
  /** The baseline of the label. */
  labelY: number;
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
  const top = max ?? Math.max(...inputs.map((bar) => bar.value));
  if (!(top > 0)) throw new RangeError('a chart needs a scale greater than zero');
  const plotWidth = WIDTH - VALUE_ROOM;
  const axisX = leftwards ? WIDTH : 0;
  const row = LABEL_HEIGHT + BAR_HEIGHT + GAP;
  const bars = inputs.map((input, i) => {
    if (input.value < 0 || input.value > top) {
      throw new RangeError(`${input.label}: ${input.value} is outside the scale 0 to ${top}`);
    }
    const labelY = i * row + LABEL_HEIGHT - 6;
    const y = i * row + LABEL_HEIGHT;
    const width = (input.value / top) * plotWidth;
    const reach = max !== undefined ? plotWidth : width;
    return {
      ...input,
      labelY,
      labelX: axisX,
      x: leftwards ? axisX - width : axisX,
      y,
      width,
      valueX: leftwards ? axisX - reach - VALUE_GAP : axisX + reach + VALUE_GAP,
      anchor: leftwards ? ('end' as const) : ('start' as const),
      valueY: y + BAR_HEIGHT / 2,
    };
  });
  return { width: WIDTH, height: inputs.length * row - GAP + 2, plotWidth, barHeight: BAR_HEIGHT, axisX, bars };
}
