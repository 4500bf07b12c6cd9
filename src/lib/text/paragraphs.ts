/** The anchor of a paragraph of the official text: its id and an accessible name. */
export interface ParagraphAnchor {
  id: string;
  label: string;
}

/** Paragraph `n` (1-based, in published order) of a release: `p<n>`, stable across builds. */
export function paragraphAnchor(n: number): ParagraphAnchor {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`paragraph number must be a positive integer, got ${n}`);
  return { id: `p${n}`, label: `Paragraph ${n}, link to this paragraph` };
}
