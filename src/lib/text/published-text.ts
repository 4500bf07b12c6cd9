import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/**
 * The characters that may differ between an MDX body and the published text: space, tab and the
 * line breaks. Every other character counts, the invisible ones included (a no-break space, a
 * byte-order mark, zero-width and bidirectional controls, a soft hyphen): JavaScript's `\s` would
 * take several of them for white space and let them pass unseen.
 */
const WHITE_SPACE = /[ \t\n\r]+/gu;
const EDGE_WHITE_SPACE = /^[ \t\n\r]+|[ \t\n\r]+$/gu;

/** Collapses every run of white space (space, tab, line breaks) to one space and trims it. */
export function normalizeWhitespace(text: string): string {
  return text.replace(EDGE_WHITE_SPACE, '').replace(WHITE_SPACE, ' ');
}

/** Characters that cannot be seen, or that look like a space, other than the white space above. */
const INVISIBLE = /[^\S \t\n\r]|[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\u115F\u3164\uFFA0\u180E]|\u034F|\u1160|\u17B4|\u17B5/gu;

const INVISIBLE_NAMES: Record<string, string> = {
  '00A0': 'a no-break space',
  '00AD': 'a soft hyphen',
  '200B': 'a zero-width space',
  '200C': 'a zero-width non-joiner',
  '200D': 'a zero-width joiner',
  '200E': 'a left-to-right mark',
  '200F': 'a right-to-left mark',
  '2060': 'a word joiner',
  FEFF: 'a byte-order mark (zero-width no-break space)',
};

/** An invisible character found in a text: where, which, and its name for a message. */
export interface InvisibleCharacter {
  /** Index in the string (UTF-16 code units). */
  index: number;
  /** The code point, as four or more hexadecimal digits. */
  codePoint: string;
  name: string;
}

/** Every character of `text` that cannot be seen or looks like a space but is not one of ours. */
export function invisibleCharacters(text: string): InvisibleCharacter[] {
  return [...text.matchAll(INVISIBLE)].flatMap((match) => {
    const char = match[0];
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r') return [];
    const codePoint = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    const name =
      INVISIBLE_NAMES[codePoint] ??
      (/[\u202A-\u202E\u2066-\u2069]/u.test(char) ? 'a bidirectional control' : 'an invisible character');
    return [{ index: match.index, codePoint, name }];
  });
}

/**
 * Reads a file as UTF-8, refusing bytes that are not UTF-8 (which a lenient reader would turn into
 * U+FFFD without a word), with a message naming the file.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new Error(`${file}: is not valid UTF-8 text (first bad byte at line ${at.line}); save it as UTF-8`);
  }
}

function firstInvalidByte(bytes: Uint8Array): { line: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return { line };
      }
      line++;
      start = i + 1;
    }
  }
  return { line };
}

/** Splits a published capture into its parts; throws when it does not have the expected layout. */
export function parsePublishedText(text: string, fileName = 'published text'): PublishedText {
  const blocks = text
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n/u)
    .map((block) => block.replace(EDGE_WHITE_SPACE, ''))
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

/** The file, in each release folder, that holds the release as published. */
export const PUBLISHED_TEXT_FILE = 'press-release.txt';

/** A release folder's published text file: where it is, its bytes, and the text they give. */
export interface PublishedTextFile {
  /** Its path, as messages name it. */
  source: string;
  bytes: Uint8Array<ArrayBuffer>;
  published: PublishedText;
}

/**
 * Reads and parses the published text of a release folder (`dir`; `name` is how messages name the
 * folder). Fails naming the file when it is missing, is not UTF-8, or is not laid out as a release.
 * Every reader of the text reads it here: the pages, the downloads and the paragraph numbering.
 */
export function readPublishedText(dir: string, name = dir): PublishedTextFile {
  const source = join(name, PUBLISHED_TEXT_FILE);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(readFileSync(join(dir, PUBLISHED_TEXT_FILE)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${name}: the release folder has no ${PUBLISHED_TEXT_FILE}`, { cause: error });
    }
    throw new Error(`${source}: cannot be read (${(error as Error).message})`, { cause: error });
  }
  return { source, bytes, published: parsePublishedText(decodeUtf8(bytes, source), source) };
}
