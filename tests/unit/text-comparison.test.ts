import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invisibleDifference } from '../../src/lib/text/official-body';
import { compositionDifference } from '../../src/lib/text/look-alike';
import { normalizeWhitespace, readPublishedText } from '../../src/lib/text/published-text';
import { projectRoot } from '../helpers/build';
import { realRelease } from '../helpers/fixtures';

// Generated strings against the comparison of the official text: a paragraph of an MDX body
// matches a published paragraph only when the two differ in nothing but spaces, tabs and line
// breaks, and a refusal names what a reader cannot see.

const { paragraphs } = readPublishedText(`${projectRoot}/content/releases/${realRelease}`, realRelease).published;

/** Every code point that cannot be seen or looks like a space, other than space, tab and line breaks. */
const hiddenCodePoints: number[] = [];
for (let cp = 0; cp <= 0x10ffff; cp += 1) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const char = String.fromCodePoint(cp);
  if (/[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}]/u.test(char) && !' \t\n\r'.includes(char)) hiddenCodePoints.push(cp);
}
const hidden = fc.constantFrom(...hiddenCodePoints).map((cp) => String.fromCodePoint(cp));
const paragraph = fc.constantFrom(...paragraphs);

describe('the official text comparison, on generated strings', () => {
  it('has hidden characters to try: controls, format and bidirectional marks, odd spaces', () => {
    expect(hiddenCodePoints).toEqual(expect.arrayContaining([0x00a0, 0x00ad, 0x200b, 0x202e, 0x2066, 0xfeff, 0x0000]));
    expect(hiddenCodePoints.length).toBeGreaterThan(200);
  });

  it('matches no paragraph with a hidden character in it, and names the character and where', () => {
    fc.assert(
      fc.property(paragraph, fc.nat(), hidden, (text, at, char) => {
        const chars = [...text];
        const k = at % (chars.length + 1);
        const written = normalizeWhitespace([...chars.slice(0, k), char, ...chars.slice(k)].join(''));
        expect(paragraphs).not.toContain(written);
        const why = invisibleDifference(written, paragraphs) ?? '';
        const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
        expect(why).toContain(`(U+${code})`);
        // Where it was put (or, beside a published one of the same kind, where that one is).
        const put = [...written];
        const first = put.findIndex((c) => c === char);
        expect([first + 1, k + 1]).toContain(Number(/at character (\d+),/u.exec(why)?.[1]));
        expect(why).toContain('which the published text does not');
      }),
      { numRuns: 2000 },
    );
  });

  it('names a hidden character the published paragraph holds and the written one lacks', () => {
    const typed = paragraphs.find((text) => text.includes('\u00A0'));
    expect(typed, 'the release holds a no-break space').toBeDefined();
    const text = typed ?? '';
    const at = text.indexOf('\u00A0');
    const written = normalizeWhitespace(`${text.slice(0, at)} ${text.slice(at + 1)}`);
    expect(paragraphs).not.toContain(written);
    expect(invisibleDifference(written, paragraphs)).toBe(
      `the published paragraph holds a no-break space (U+00A0) at character ${[...text.slice(0, at)].length + 1}, which this one lacks; copy the paragraph from the published text`,
    );
  });

  it('matches a paragraph whatever its spaces, tabs and line breaks', () => {
    fc.assert(
      fc.property(
        paragraph,
        fc.array(fc.constantFrom(' ', '\t', '\n', '\r\n', '  \n\t'), { minLength: 1 }),
        (text, gaps) => {
          let i = 0;
          const written = text.replaceAll(' ', () => gaps[i++ % gaps.length] ?? ' ');
          expect(paragraphs).toContain(normalizeWhitespace(`\n ${written}\t`));
        },
      ),
    );
  });

  it('names every NFC/NFD pair as one text in two forms, with the code points that differ', () => {
    const letters = fc.constantFrom(
      ...'aeiouyncAEIOUNCийЙёЁәғқңөұүһіӘҒҚҢӨҰҮҺІ'.split(''),
      'é',
      'Å',
      'ñ',
      'ö',
      'ї',
      'ў',
    );
    const marks = fc.constantFrom('', '\u0301', '\u0306', '\u0308', '\u0300', '\u0303', '\u030A');
    const text = fc
      .array(
        fc.tuple(letters, marks).map(([l, m]) => l + m),
        { minLength: 1, maxLength: 30 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (written) => {
        const composed = written.normalize('NFC');
        const decomposed = written.normalize('NFD');
        if (composed === decomposed) {
          expect(compositionDifference(decomposed, composed)).toBeUndefined();
          return;
        }
        for (const [here, there] of [
          [decomposed, composed],
          [composed, decomposed],
        ] as const) {
          const why = compositionDifference(here, there) ?? '';
          const shown = /is ((?:U\+[0-9A-F]{4,6} ?)+) here .+ and ((?:U\+[0-9A-F]{4,6} ?)+) in/u.exec(why);
          expect(shown, why).not.toBeNull();
          // Never two identical-looking strings: the code points shown on each side differ.
          expect(shown?.[1]?.trim()).not.toBe(shown?.[2]?.trim());
          expect(why).toMatch(here === decomposed ? /here \(decomposed, NFD\)/u : /here \(composed, NFC\)/u);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('says nothing of Unicode forms for texts that differ in their letters', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a.normalize('NFC') !== b.normalize('NFC'));
        expect(compositionDifference(a, b)).toBeUndefined();
      }),
    );
  });
});
