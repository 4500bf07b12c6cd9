import { figureText } from './release-data';
import type { ReleaseData } from './kinds';

/** One line of a release's summary: what it says, and the paragraph it comes from. */
export interface GlanceLine {
  /** Who must act, as the data names them; undefined when the text names no one. */
  who: string | undefined;
  /** What, in the data's editorial words. */
  what: string;
  /** The paragraph's number and site path (page and anchor). */
  paragraph: number;
  path: string;
}

/** A headline figure: the number as the text writes it, what it measures, and its paragraph. */
export interface GlanceFigure {
  value: string;
  measure: string;
  paragraph: number;
  path: string;
}

/** A name as the start of a line: its first letter in capitals ("law enforcement…" → "Law enforcement…"). */
function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}

/**
 * What a reader needs first of a release, from its checked data: every instruction (who must do
 * what), in the text's order, and the figures the data marks as headline figures. Nothing is
 * typed here; every line carries the paragraph it comes from.
 */
export function atAGlance(data: ReleaseData): { decided: GlanceLine[]; figures: GlanceFigure[] } {
  return {
    decided: data.instructions.map((instruction) => ({
      who: instruction.to ? sentenceCase(instruction.to.person?.label ?? instruction.to.party.as) : undefined,
      what: instruction.data.what,
      paragraph: instruction.source.paragraph,
      path: instruction.source.path,
    })),
    figures: data.figures
      .filter((figure) => figure.data.headline === true)
      .map((figure) => ({
        value: figureText(figure),
        measure: figure.data.measure,
        paragraph: figure.source.paragraph,
        path: figure.source.path,
      })),
  };
}
