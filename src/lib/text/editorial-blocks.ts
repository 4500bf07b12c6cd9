/**
 * The MDX components a release's MDX may place between paragraphs of official text: editorial
 * panels fed from the release's data. Anything else at the top level of the body (raw HTML, other
 * components, lists, headings) would show beside the official text unchecked, so it stops the build.
 */
export const EDITORIAL_BLOCK_COMPONENTS: readonly string[] = ['KeyFigure', 'Instruction'];
