/**
 * The press release as it was published, captured as plain text: the single source of truth
 * for the official text. The capture's layout, block by block (blocks are separated by blank
 * lines): the headline; the publication date line with the original page's link captions and,
 * on the next line, the photo caption (page furniture, not text of the release); the paragraphs
 * of the release; the attribution, last.
 */
export interface PublishedText {
  /** The headline, as published. */
  headline: string;
  /** The line that carried the publication date and the original page's link captions. */
  dateLine: string;
  /** The paragraphs of the release, in the published order. */
  paragraphs: string[];
  /** The attribution that closes the release. */
  attribution: string;
}

/** Collapses every run of white space to one space and trims: only white space may differ. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Splits a published capture into its parts; throws when it does not have the expected layout. */
export function parsePublishedText(text: string, fileName = 'published text'): PublishedText {
  const blocks = text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n/u)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  const [headline, furniture, ...rest] = blocks;
  const attribution = rest.pop();
  if (headline === undefined || furniture === undefined || attribution === undefined || rest.length === 0) {
    throw new Error(
      `${fileName}: expected a headline, a date line, at least one paragraph and an attribution, separated by blank lines`,
    );
  }
  return {
    headline: normalizeWhitespace(headline),
    dateLine: normalizeWhitespace(furniture.split('\n')[0] ?? ''),
    paragraphs: rest.map(normalizeWhitespace),
    attribution: normalizeWhitespace(attribution),
  };
}

/**
 * The paragraphs of an MDX body that carry text, in order: blocks separated by blank lines,
 * leaving out ESM lines and JSX blocks, which are components rather than official text.
 */
export function bodyParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n/u)
    .map(normalizeWhitespace)
    .filter((block) => block !== '' && !/^(import|export)\s/u.test(block) && !block.startsWith('<'));
}

/** The file, in each release folder, that holds the release as published. */
export const PUBLISHED_TEXT_FILE = 'press-release.txt';
