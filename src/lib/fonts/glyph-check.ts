import type { Font } from 'fontkit';
import { ContentError } from '../check/content-error.ts';
import { parsedFace, type SerifFonts } from './serif-fonts.ts';

/** A text the PDF prints, and where it comes from, for a message naming the file and field. */
export interface PrintedText {
  text: string;
  from: string;
}

/**
 * Every character of `texts` that `font` cannot draw, each once. A missing glyph would print as an
 * empty box or not at all, so the PDF is refused rather than made wrong.
 */
export function missingCharacters(font: Pick<Font, 'hasGlyphForCodePoint'>, texts: readonly string[]): string[] {
  const missing = new Set<string>();
  for (const text of texts) {
    for (const char of text) {
      if (/\s/u.test(char)) continue;
      const codePoint = char.codePointAt(0);
      if (codePoint !== undefined && !font.hasGlyphForCodePoint(codePoint)) missing.add(char);
    }
  }
  return [...missing];
}

/** Fails, naming each text's file and field, when the font cannot draw a character of the texts. */
export function checkFont(name: string, bytes: Uint8Array, texts: readonly PrintedText[]): void {
  // Only the character map is read: sharing the parsed face with other checks and the cards is safe.
  let font: Font;
  try {
    font = parsedFace(bytes);
  } catch (error) {
    throw new Error(`PDF font ${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const problems = texts.flatMap(({ text, from }) => {
    const missing = missingCharacters(font, [text]);
    if (missing.length === 0) return [];
    const list = missing.map(
      (c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`,
    );
    return [`${from}: the PDF's ${name} font (${font.postscriptName}) has no glyph for ${list.join(', ')}`];
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** What the glyph check needs of a release: its texts, and the files they come from. */
export interface PrintedRelease {
  entry: {
    id: string;
    filePath?: string | undefined;
    data: {
      headline: string;
      attribution: string;
      issuer: string;
      meeting: { place: string };
    };
  };
  topics: readonly { id: string; filePath?: string | undefined; data: { title: string; label: string } }[];
  published: { paragraphs: readonly string[] };
  leadParagraphs: readonly number[];
  topicParagraphs: ReadonlyMap<string, readonly number[]>;
}

/**
 * The texts the PDF and the social cards print in each face, with the file and field each comes
 * from: the paragraphs, place, issuer and kickers in the regular face (a card's kicker in capitals),
 * the headline and the topics' titles in the bold, the attribution in the italic. (The short title
 * is shown only on pages, in the reader's own fonts.)
 */
function printedTexts(
  release: PrintedRelease,
): Record<keyof SerifFonts, { text: string; file: string; field: string }[]> {
  const file = release.entry.filePath ?? release.entry.id;
  const { data } = release.entry;
  const fileOf = (topic: PrintedRelease['topics'][number]): string => topic.filePath ?? topic.id;
  const paragraphFile = (n: number): string => {
    if (release.leadParagraphs.includes(n)) return file;
    const topic = release.topics.find((one) => release.topicParagraphs.get(one.id)?.includes(n));
    return topic ? fileOf(topic) : file;
  };
  return {
    regular: [
      ...release.published.paragraphs.map((text, i) => ({
        text,
        file: paragraphFile(i + 1),
        field: `paragraph ${i + 1}`,
      })),
      { text: data.meeting.place, file, field: 'meeting.place' },
      { text: data.issuer, file, field: 'issuer' },
      ...release.topics.map((topic) => ({ text: topic.data.label.toUpperCase(), file: fileOf(topic), field: 'label' })),
    ],
    bold: [
      { text: data.headline, file, field: 'headline' },
      ...release.topics.map((topic) => ({ text: topic.data.title, file: fileOf(topic), field: 'title' })),
    ],
    italic: [{ text: data.attribution, file, field: 'attribution' }],
  };
}

/**
 * Every text of a release that the PDF or a social card prints with a character its face has no
 * glyph for, each naming the file and field: such a character would print as an empty box.
 */
export function glyphProblems(release: PrintedRelease, fonts: SerifFonts): ContentError[] {
  return (
    Object.entries(printedTexts(release)) as [keyof SerifFonts, { text: string; file: string; field: string }[]][]
  ).flatMap(([face, texts]) => {
    const font = parsedFace(fonts[face]);
    return texts.flatMap(({ text, file, field }) => {
      const missing = missingCharacters(font, [text]);
      if (missing.length === 0) return [];
      const list = missing.map(
        (c) => `"${c}" (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`,
      );
      return [
        new ContentError(
          file,
          field,
          `the PDF's and cards' ${face} font (${font.postscriptName}) has no glyph for ${list.join(', ')}`,
        ),
      ];
    });
  });
}
