import { describe, expect, it } from 'vitest';
import { ESTIMATE, MAX_SPAN, sideCells, textHeight, type SideCell } from '../../src/lib/site/side-rows';

/** Paragraphs 11, 12, … of the given lengths. */
const paragraphs = (...characters: number[]) => characters.map((length, i) => ({ number: 11 + i, characters: length }));
const note = (id: string, after: number, height = 100) => ({ panel: { name: 'KeyFigure', id, after }, height });

/** The row each cell starts on, as the browser places them one after another. */
function startRows(cells: SideCell[]): number[] {
  let row = 1;
  return cells.map((cell) => {
    const start = row;
    row += cell.span;
    return start;
  });
}

/** The row (1: caption) each note's cell starts on, by note id. */
function rowsOfNotes(cells: SideCell[]): Record<string, number> {
  const starts = startRows(cells);
  return Object.fromEntries(cells.flatMap((cell, i) => cell.panels.map((panel) => [panel.id, starts[i] ?? 0])));
}

describe('the side column of a topic page, on the rows of its text', () => {
  const long = ESTIMATE.textLine.characters * 20; // a paragraph far taller than any note

  it('starts each note on the row of the paragraph it follows when the column has room', () => {
    const cells = sideCells(paragraphs(long, long, long, long), 10, [note('a', 12), note('b', 14)]);
    // Row 1 is the caption, row 2 paragraph 11: paragraph 12 is row 3, paragraph 14 row 5.
    expect(rowsOfNotes(cells)).toEqual({ a: 3, b: 5 });
    expect(cells.map((cell) => [cell.kind, cell.span])).toEqual([
      ['head', 2],
      ['notes', 2],
      ['notes', MAX_SPAN],
    ]);
  });

  it('puts a note in the cell above when its paragraph starts before that cell ends', () => {
    const cells = sideCells(paragraphs(40, 40, long, long, long), 50, [note('a', 11), note('b', 12), note('c', 14)]);
    // a's paragraph starts at the caption's height, before the head ends: a joins the head, and b
    // (one short line further) joins them; c, a long paragraph further down, has room.
    expect(cells[0]?.panels.map((panel) => panel.id)).toEqual(['a', 'b']);
    expect(rowsOfNotes(cells)).toEqual({ a: 1, b: 1, c: 5 });
  });

  it('keeps the notes in the order the topic places them, each once', () => {
    const notes = [note('a', 11), note('b', 11), note('c', 13, 900), note('d', 14), note('e', 20)];
    const cells = sideCells(paragraphs(...Array.from({ length: 10 }, () => 200)), 300, notes);
    expect(cells.flatMap((cell) => cell.panels.map((panel) => panel.id))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('carries a long run of rows with empty cells, and lets the last cell span all that are left', () => {
    const cells = sideCells(paragraphs(...Array.from({ length: 30 }, () => long)), 10, [note('a', 25)]);
    expect(rowsOfNotes(cells)).toEqual({ a: 16 });
    expect(cells.every((cell) => cell.span >= 1 && cell.span <= MAX_SPAN)).toBe(true);
    expect(cells.slice(0, -1).every((cell) => cell.span < MAX_SPAN)).toBe(true);
    expect(cells.at(-1)).toMatchObject({ kind: 'notes', span: MAX_SPAN });
  });

  it('places a note before the first paragraph with the first paragraph', () => {
    const cells = sideCells(paragraphs(long, long), 10, [note('a', 0)]);
    expect(rowsOfNotes(cells)).toEqual({ a: 2 });
  });

  it('is the head alone when the topic has no notes', () => {
    expect(sideCells(paragraphs(100, 100), 400, [])).toEqual([{ kind: 'head', panels: [], span: MAX_SPAN }]);
  });

  it('estimates a run of text by whole lines', () => {
    const line = { characters: 10, height: 20 };
    expect([0, 1, 10, 11, 25].map((n) => textHeight(n, line))).toEqual([20, 20, 20, 40, 60]);
  });
});
