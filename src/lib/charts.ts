/** One bar of a chart: its label, its value, and the value as shown (`15%`). */
export interface BarInput {
  label: string;
  value: number;
  /** The value as drawn next to the bar: short. */
  display: string;
  /** The value in words for the chart's table; `display` when not given. */
  description?: string;
}

/** A bar laid out: its label above it, the bar, and its value after it. */
export interface Bar extends BarInput {
  /** The baseline of the label. */
  labelY: number;
  /** The top of the bar. */
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
  bars: Bar[];
}

const WIDTH = 600;
const VALUE_ROOM = 90;
const LABEL_HEIGHT = 22;
const BAR_HEIGHT = 26;
const GAP = 16;

/**
 * Horizontal bars on one scale from zero, for figures in the same unit: lengths are in proportion
 * to the values, the largest filling the plot, unless `max` fixes the scale (100 for shares).
 */
export function barLayout(inputs: readonly BarInput[], max?: number): ChartLayout {
  if (inputs.length === 0) throw new RangeError('a chart needs at least one bar');
  const top = max ?? Math.max(...inputs.map((bar) => bar.value));
  if (!(top > 0)) throw new RangeError('a chart needs a scale greater than zero');
  const plotWidth = WIDTH - VALUE_ROOM;
  const row = LABEL_HEIGHT + BAR_HEIGHT + GAP;
  const bars = inputs.map((input, i) => {
    if (input.value < 0 || input.value > top) {
      throw new RangeError(`${input.label}: ${input.value} is outside the scale 0 to ${top}`);
    }
    const labelY = i * row + LABEL_HEIGHT - 6;
    const y = i * row + LABEL_HEIGHT;
    return { ...input, labelY, y, width: (input.value / top) * plotWidth, valueY: y + BAR_HEIGHT / 2 };
  });
  return { width: WIDTH, height: inputs.length * row - GAP + 2, plotWidth, barHeight: BAR_HEIGHT, bars };
}
