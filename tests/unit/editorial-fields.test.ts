import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editorialWords } from '../../src/schemas/editorial';
import { editorialText } from '../../src/schemas/provenance';
import { topicSchema } from '../../src/schemas/topic';

// Characters that change how a text reads or hide in it: every format character (bidirectional
// controls among them), and control characters but tab and line breaks. Drawn from Unicode itself,
// not from the module under test.
const hidden = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((cp) => (cp < 0xd800 || cp > 0xdfff) && /^[\p{Cf}\p{Cc}]$/u.test(String.fromCodePoint(cp)))
  .filter((cp) => ![0x09, 0x0a, 0x0d].includes(cp))
  .map((cp) => String.fromCodePoint(cp));
const digit = fc
  .integer({ min: 0, max: 0x10ffff })
  .filter((cp) => (cp < 0xd800 || cp > 0xdfff) && /^\p{Nd}$/u.test(String.fromCodePoint(cp)))
  .map((cp) => String.fromCodePoint(cp));
// Plain words around what is planted: letters of any script, spaces and punctuation.
const words = fc.string({ unit: fc.constantFrom(...'Ab cЖ, ід.қ-ə'.split('')), minLength: 1, maxLength: 40 });

describe('editorial fields refuse what cannot be seen and numbers of any script', () => {
  const title = topicSchema().shape.title;

  it('refuse any format, bidirectional or control character, wherever it stands', () => {
    fc.assert(
      fc.property(words, hidden, words, (before, char, after) => {
        for (const schema of [editorialWords(300), editorialText, title]) {
          expect(schema.safeParse(`${before}${char}${after}`).success).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuse a digit of any script where no number may be typed', () => {
    fc.assert(
      fc.property(words, digit, words, (before, char, after) => {
        expect(editorialText.safeParse(`${before}${char}${after}`).success).toBe(false);
      }),
      { numRuns: 300 },
    );
    expect(editorialText.safeParse('Heroin seized (９９９ kg)').success).toBe(false);
  });

  it('accept plain words, and name the character they refuse', () => {
    fc.assert(
      fc.property(words, (text) => {
        fc.pre(text.trim() !== '');
        expect(editorialText.safeParse(text).success).toBe(true);
      }),
    );
    const result = editorialWords(100).safeParse('The work plan was \u202Enot\u202C approved');
    expect(result.error?.issues[0]?.message).toBe(
      'holds a bidirectional control (U+202E) at character 19, which cannot be seen; remove it',
    );
  });
});
