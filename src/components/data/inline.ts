import KeyFigure from './KeyFigure.astro';
import Instruction from './Instruction.astro';
import Omitted from './Omitted.astro';

/**
 * The components a topic's MDX may use between paragraphs, as topic pages render them (their
 * names are the ones src/lib/text/editorial-blocks.ts allows).
 */
export const inlineDataComponents = { KeyFigure, Instruction };

/** The same components rendering nothing, for pages that show the official text alone. */
export const omittedDataComponents = { KeyFigure: Omitted, Instruction: Omitted };
