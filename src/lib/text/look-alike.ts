/**
 * Letters of other scripts that read as Latin ones, lower and upper case: the Cyrillic and Greek
 * look-alikes that make "Drug trаfficking" (with a Cyrillic а) read as "Drug trafficking".
 */
const LATIN_LOOK_ALIKES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['аеорсухіјѕԁһӏ', 'aeopcyxijsdhl'],
    ['АВЕКМНОРСТХІЈЅ', 'ABEKMHOPCTXIJS'],
    ['αβεικνοροτυχ', 'abeiknopotux'],
    ['ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', 'ABEZHIKMNOPTYX'],
  ].flatMap(([from = '', to = '']) => [...from].map((char, i) => [char, to[i] ?? char])),
);

/**
 * What a text looks like, for telling apart texts that read alike: compatibility forms folded
 * (NFKC: `ｆｉ` reads as `fi`), invisible format characters dropped, look-alike letters of other
 * scripts read as Latin ones, case ignored. Two different texts with one skeleton read alike.
 */
export function skeleton(text: string): string {
  return [...text.normalize('NFKC').replace(/\p{Cf}/gu, '')]
    .map((char) => LATIN_LOOK_ALIKES[char] ?? char)
    .join('')
    .toLocaleLowerCase('en');
}

/** The first character where two texts differ, by code point, for a message: `U+0430 at character 10`. */
export function firstDifference(a: string, b: string): string {
  const left = [...a];
  const right = [...b];
  const i = left.findIndex((char, k) => char !== right[k]);
  const at = i < 0 ? left.length : i;
  const char = left[at] ?? right[at] ?? '';
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} at character ${at + 1}`;
}

const codePoints = (chars: readonly string[]): string =>
  chars.map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/**
 * When two texts are the same letters in different Unicode forms (one composed, NFC: "й" as one
 * character U+0439; one decomposed, NFD: "и" and a combining breve), where and how, for a message;
 * undefined when they are equal or differ in anything else. The site compares texts code point
 * for code point, as written (the official text is served byte for byte), and expects NFC, the
 * form editors and web pages write: a decomposed text is not normalised in silence but named.
 */
export function compositionDifference(
  here: string,
  there: string,
  thereName = 'the published text',
): string | undefined {
  if (here === there || here.normalize('NFC') !== there.normalize('NFC')) return undefined;
  const left = [...here];
  const right = [...there];
  let at = left.findIndex((char, k) => char !== right[k]);
  // Back to the letter the differing marks belong to.
  while (at > 0 && /\p{M}/u.test(left[at] ?? '') && /\p{M}/u.test(right[at] ?? '')) at -= 1;
  if (at > 0 && /\p{M}/u.test(left[at] ?? '') !== /\p{M}/u.test(right[at] ?? '')) at -= 1;
  const cluster = (chars: string[]): string[] => {
    let end = at + 1;
    while (end < chars.length && /\p{M}/u.test(chars[end] ?? '')) end += 1;
    return chars.slice(at, end);
  };
  const mine = cluster(left);
  const theirs = cluster(right);
  const form = (chars: string[]): string =>
    chars.join('') === chars.join('').normalize('NFC') ? 'composed, NFC' : 'decomposed, NFD';
  return `the same letters in another Unicode form: "${mine.join('').normalize('NFC')}" at character ${at + 1} is ${codePoints(mine)} here (${form(mine)}) and ${codePoints(theirs)} in ${thereName} (${form(theirs)}); ${form(mine).startsWith('decomposed') ? 'save this file in NFC' : `${thereName} is decomposed: write the same code points as it, or save it in NFC`}`;
}
