/** A text with its first letter in capitals: the start of a line or a sentence. */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}

/**
 * Editorial words that continue a line: the first letter in lower case, unless the first word is
 * an abbreviation ("IT system" stays), and without a final full stop, which the line adds.
 */
export function lowerFirst(text: string): string {
  const plain = text.replace(/\.$/u, '');
  return /^\p{Lu}\p{Ll}/u.test(plain) || plain.length === 1
    ? plain.charAt(0).toLocaleLowerCase('en') + plain.slice(1)
    : plain;
}
