import { describe, expect, it } from 'vitest';
import { bodyParagraphs, normalizeWhitespace, parsePublishedText } from '../../src/lib/published-text';
import { line, paragraphLines, sourceLines } from '../helpers/source';

describe('parsePublishedText', () => {
  const parsed = parsePublishedText(sourceLines.join('\n'));

  it('reads the headline, date line, paragraphs and attribution where the source README puts them', () => {
    expect(parsed.headline).toBe(line(1));
    expect(parsed.dateLine).toBe(line(3));
    expect(parsed.paragraphs).toEqual(paragraphLines(6, 54));
    expect(parsed.attribution).toBe(line(57));
  });

  it('leaves the photo caption out of the paragraphs', () => {
    expect(parsed.paragraphs.some((p) => p.includes('1687489480'))).toBe(false);
  });

  it('refuses a text without paragraphs, naming the file', () => {
    expect(() => parsePublishedText('Headline\n\nDate line', 'x/press-release.txt')).toThrow(/x\/press-release\.txt/u);
  });
});

describe('bodyParagraphs', () => {
  it('returns text blocks and skips imports and components', () => {
    const body = 'import Figure from \'./Figure.astro\';\n\nFirst  para\nwraps.\n\n<Figure id="x" />\n\nSecond.\n';
    expect(bodyParagraphs(body)).toEqual(['First para wraps.', 'Second.']);
  });
});

describe('normalizeWhitespace', () => {
  it('collapses runs of white space, including the leading space of a quoted paragraph', () => {
    expect(normalizeWhitespace(' “A broad\n  anti-outreach ')).toBe('“A broad anti-outreach');
  });
});
