import { z } from 'astro/zod';

/**
 * Characters no editorial text may hold: format and bidirectional controls (U+202E can make a title
 * read otherwise than it is stored, and search would not find what a reader sees), other control
 * characters but tab and line breaks, private-use characters and lone surrogates.
 */
const HIDDEN = /[\p{Cf}\p{Co}\p{Cs}]|[^\P{Cc}\t\n\r]/u;

/** Why a text holds a character it may not: the character by code point and kind, and where. */
export function hiddenCharacter(text: string): string | undefined {
  const found = HIDDEN.exec(text);
  if (!found) return undefined;
  const char = found[0];
  const codePoint = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  const kind = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u.test(char)
    ? 'a bidirectional control'
    : /\p{Cf}/u.test(char)
      ? 'an invisible format character'
      : 'a control or private-use character';
  return `holds ${kind} (U+${codePoint}) at character ${found.index + 1}, which cannot be seen; remove it`;
}

/**
 * Words written for this site, of at most `max` characters, with nothing hidden in them;
 * `notText` is the message for a value that is not a text (Astro's own says a field is missing).
 */
export function editorialWords(max: number, notText?: string) {
  // Checked before trimming: a control at either end is refused, not trimmed away in silence.
  return z
    .string(notText === undefined ? undefined : { error: notText })
    .superRefine((text, ctx) => {
      const why = hiddenCharacter(text);
      if (why) ctx.addIssue({ code: 'custom', message: why });
    })
    .trim()
    .min(1)
    .max(max);
}
