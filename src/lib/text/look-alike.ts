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
