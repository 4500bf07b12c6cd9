import { describe, expect, it } from 'vitest';
import {
  decodeUtf8,
  invisibleCharacters,
  normalizeWhitespace,
  parsePublishedText,
} from '../../src/lib/text/published-text';
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

describe('normalizeWhitespace', () => {
  it('collapses runs of spaces, tabs and line breaks, and trims them', () => {
    expect(normalizeWhitespace(' \t“A broad\r\n  anti-outreach \n')).toBe('“A broad anti-outreach');
  });

  it.each([
    ['a no-break space', '\u00a0'],
    ['a byte-order mark', '\ufeff'],
    ['a zero-width space', '\u200b'],
    ['a line separator', '\u2028'],
    ['a form feed', '\f'],
  ])('keeps %s, which is a character of the text, not white space', (_name, char) => {
    expect(normalizeWhitespace(`${char}drugs${char} seized${char}`)).toBe(`${char}drugs${char} seized${char}`);
  });
});

describe('invisibleCharacters', () => {
  it('finds the characters that cannot be seen, with their code points', () => {
    const found = invisibleCharacters('97\u00a0tons \ufeffof\u200b drugs\u00ad, \u202eseized');
    expect(found.map((c) => c.codePoint)).toEqual(['00A0', 'FEFF', '200B', '00AD', '202E']);
    expect(found[1]?.name).toMatch(/byte-order mark/u);
    expect(found[4]?.name).toMatch(/bidirectional/u);
  });

  it('finds none in plain text with spaces, tabs and line breaks', () => {
    expect(invisibleCharacters('97 tons\tof\r\ndrugs “were” seized’s - 1,5')).toEqual([]);
  });
});

describe('decodeUtf8', () => {
  it('names the file and the line of the first byte that is not UTF-8', () => {
    const bytes = new Uint8Array([...Buffer.from('Headline\n\nDate\n'), 0xff, 0x41]);
    expect(() => decodeUtf8(bytes, 'x/press-release.txt')).toThrow(
      /^x\/press-release\.txt: is not valid UTF-8 text \(first bad byte at line 4\)/u,
    );
  });

  it('reads UTF-8 as it is', () => {
    expect(decodeUtf8(Buffer.from('Prosecutor’s «1,5»'), 'x')).toBe('Prosecutor’s «1,5»');
  });
});
