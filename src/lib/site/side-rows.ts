import type { EntryPanel } from '../text/release-model.ts';
import type { ReleaseFigure } from '../data/kinds/figures.ts';
import type { ReleaseInstruction } from '../data/kinds/instructions.ts';
import { chartedWith } from '../data/release-data.ts';

/**
 * The span class of the side column's last cell, which spans every row left; the stylesheet has
 * a class for each shorter span from 2 (`.span-2` …). A longer run is made up with empty cells.
 */
export const MAX_SPAN = 5;

/**
 * The most paragraphs a topic may hold for its notes to stand level with them: the stylesheet lays
 * the wide topic page out on a fixed number of rows (src/styles/layout.css, `repeat(1000, auto)`),
 * one for the caption, one per paragraph. A longer topic (`.topic__body--long`) keeps its notes
 * after the text.
 */
export const MAX_LEVEL_PARAGRAPHS = 998;

/**
 * Heights in CSS pixels on a wide screen, estimated only to decide which notes share a cell: the
 * browser lays the rows out, so an estimate that is off costs a little space, never a note.
 */
export const ESTIMATE = {
  caption: 40,
  /** An official paragraph: characters a line, the line's height, the space after it. */
  textLine: { characters: 57, height: 29, after: 18 },
  /** A line of the side column's text. */
  sideLine: { characters: 43, height: 27 },
  /** The space between two cells. */
  gap: 16,
  /** The head: the summary's heading and space around it, and the line that introduces the notes. */
  head: { base: 80, notesIntro: 150 },
  /** A key figure's card without its measure's lines, and its chart: a heading and a bar each. */
  figure: { base: 200, chart: 60, bar: 50 },
  /** An instruction's card without the lines of what it asks for. */
  instruction: { base: 130 },
} as const;

/** The estimated height of a run of text. */
export function textHeight(characters: number, line: { characters: number; height: number }): number {
  return Math.max(1, Math.ceil(characters / line.characters)) * line.height;
}

/** One cell of the side column: the head (summary and heading), notes, or an empty row. */
export interface SideCell {
  kind: 'head' | 'notes' | 'empty';
  /** The data panels it holds, in the order the topic places them. */
  panels: EntryPanel[];
  /** How many rows it spans (1 to MAX_SPAN - 1), or MAX_SPAN: all that are left. */
  span: number;
}

/**
 * The side column of a topic page as cells on the rows of its official text, so that on a wide
 * screen each note starts level with the paragraph it comes after: row 1 is the text's caption,
 * row 2 its first paragraph, and so on. The head (the editorial summary and the notes' heading)
 * starts on the caption's row. A note whose paragraph starts before the cell above it ends (by
 * the estimate) joins that cell, after what it holds, as a margin note is pushed down by the one
 * above it: otherwise each cell would open a gap in the text as tall as it overlaps. A cell spans
 * the rows down to the next one, so that it makes room in the text only when it is taller than
 * all of them. The cells, read in order, are the column as a narrow screen shows it.
 *
 * @param paragraphs the topic's paragraphs, in order: their numbers and lengths in characters
 * @param headHeight the head's estimated height
 * @param panels the topic's panels, each with the paragraph it follows (0: before the first) and
 *   its estimated height
 */
export function sideCells(
  paragraphs: readonly { number: number; characters: number }[],
  headHeight: number,
  panels: readonly { panel: EntryPanel; height: number }[],
): SideCell[] {
  // The estimated top of each row (index 0 unused; row 1 is the caption's, at 0).
  const tops = [0, 0];
  let y = ESTIMATE.caption;
  for (const paragraph of paragraphs) {
    tops.push(y);
    y += textHeight(paragraph.characters, ESTIMATE.textLine) + ESTIMATE.textLine.after;
  }
  const rowOf = (panel: EntryPanel): number =>
    2 +
    Math.max(
      0,
      paragraphs.findIndex((paragraph) => paragraph.number === panel.after),
    );

  const placed: { cell: SideCell; row: number }[] = [{ cell: { kind: 'head', panels: [], span: 1 }, row: 1 }];
  let bottom = headHeight;
  for (const { panel, height } of panels) {
    const row = rowOf(panel);
    const top = tops[row] ?? 0;
    const last = placed.at(-1);
    if (last && (row <= last.row || top < bottom + ESTIMATE.gap)) {
      last.cell.panels.push(panel);
      bottom += ESTIMATE.gap + height;
    } else {
      placed.push({ cell: { kind: 'notes', panels: [panel], span: 1 }, row });
      bottom = top + height;
    }
  }

  const cells: SideCell[] = [];
  placed.forEach(({ cell, row }, i) => {
    const next = placed[i + 1]?.row;
    // The last cell spans every row left (MAX_SPAN stands for that): the rows after the text have
    // no height, so a column taller than the text grows them rather than the text's.
    if (next === undefined) {
      cell.span = MAX_SPAN;
      cells.push(cell);
      return;
    }
    cell.span = Math.min(next - row, MAX_SPAN - 1);
    cells.push(cell);
    // Empty cells carry the column down to the next note.
    for (let k = cell.span; k < next - row; k += 1) cells.push({ kind: 'empty', panels: [], span: 1 });
  });
  return cells;
}

/**
 * The side column of a topic page, from what it shows: the topic's summary, its paragraphs (their
 * numbers and the published text), the data panels its body places, and the release's data, which
 * the panels show. Each note's height is estimated from its datum (see {@link ESTIMATE}).
 */
export function topicSideCells(
  summary: string,
  paragraphs: readonly { number: number; text: string }[],
  panels: readonly EntryPanel[],
  data: { figures: readonly ReleaseFigure[]; instructions: readonly ReleaseInstruction[] },
): SideCell[] {
  const noteHeight = (panel: EntryPanel): number => {
    const figure = panel.name === 'KeyFigure' ? data.figures.find((one) => one.id === panel.id) : undefined;
    if (figure) {
      const bars = chartedWith(figure, data.figures).length;
      return (
        ESTIMATE.figure.base +
        textHeight(figure.data.measure.length, ESTIMATE.sideLine) +
        (bars > 0 ? ESTIMATE.figure.chart + ESTIMATE.figure.bar * bars : 0)
      );
    }
    const instruction = data.instructions.find((one) => one.id === panel.id);
    return ESTIMATE.instruction.base + textHeight(instruction?.data.what.length ?? 0, ESTIMATE.sideLine);
  };
  const headHeight =
    ESTIMATE.head.base +
    textHeight(summary.length, ESTIMATE.sideLine) +
    (panels.length > 0 ? ESTIMATE.head.notesIntro : 0);
  return sideCells(
    paragraphs.map(({ number, text }) => ({ number, characters: text.length })),
    headHeight,
    panels.map((panel) => ({ panel, height: noteHeight(panel) })),
  );
}
