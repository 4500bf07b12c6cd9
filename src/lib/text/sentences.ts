/**
 * Sentences of the official text. A paragraph is split after `.`, `!` or `?` (and any closing
 * quote or bracket) when white space and a capital letter or an opening quote follow, except after
 * an initial such as the `K.` of `K. Kozhamzharov`.
 */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/gu, ' ').trim();
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]+[”"’)\]]*(?= [“"‘(]?\p{Lu})/gu)) {
    const end = match.index + match[0].length;
    // A single capital letter before the full stop is an initial, not the end of a sentence.
    if (/(?:^|[\s“"‘(])\p{Lu}\.$/u.test(text.slice(Math.max(start, match.index - 2), end))) continue;
    sentences.push(text.slice(start, end).trim());
    start = end + 1;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/** Whether `char` continues a word: a letter or a digit. */
function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/**
 * Where `words` occur in `text` as whole words (not inside a longer word), case-sensitive: the
 * start index of each occurrence.
 */
export function findWords(text: string, words: string): number[] {
  const found: number[] = [];
  if (words === '') return found;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = text[at - 1];
    const after = text[at + words.length];
    // A boundary is only needed where the quoted words themselves begin or end with a word character.
    const startsClean = !isWordChar(words[0]) || !isWordChar(before);
    const endsClean = !isWordChar(words.at(-1)) || !isWordChar(after);
    if (startsClean && endsClean) found.push(at);
  }
  return found;
}
