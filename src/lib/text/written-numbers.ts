const multipliers: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/**
 * The value of a number as a text writes it: `387`, `1,5 thousand` (a decimal comma), `1,500` or
 * `1 500` (a thousands separator), `2.5 million`. Undefined when it is not a number written so.
 */
export function parseWrittenNumber(written: string): number | undefined {
  const match = /^(\d{1,3}(?:[ ,]\d{3})+|\d+)(?:[.,](\d+))?(?: (thousand|million|billion))?$/u.exec(written.trim());
  if (!match) return undefined;
  const [, whole = '', fraction, word] = match;
  // `1,500` groups thousands; `1,5` is a decimal comma, as the release writes it.
  const value = Number(`${whole.replace(/[ ,]/gu, '')}${fraction === undefined ? '' : `.${fraction}`}`);
  const scaled = value * (word ? (multipliers[word] ?? 1) : 1);
  // Round away binary noise such as 1.5 * 1e3 = 1500.0000000000002.
  return Math.round(scaled * 1e6) / 1e6;
}

/** Whether the character before or after a number would make it part of a longer number. */
function continuesNumber(text: string, at: number, direction: -1 | 1): boolean {
  const next = text[at];
  if (next !== undefined && /\d/u.test(next)) return true;
  // `1,5` or `2.5`: a separator followed by a digit continues the number.
  const beyond = text[at + direction];
  return next !== undefined && /[.,]/u.test(next) && beyond !== undefined && /\d/u.test(beyond);
}

/**
 * Where `written`, followed by `unit` (directly, or after one space), occurs in `text` as a whole
 * number: `30` is not found in `300`, `2030` or `1,30`. Returns the start indexes.
 */
export function findWrittenNumber(text: string, written: string, unit?: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
    const end = at + written.length;
    if (continuesNumber(text, at - 1, -1) || continuesNumber(text, end, 1)) continue;
    if (unit !== undefined && !followedByUnit(text, end, unit)) continue;
    found.push(at);
  }
  return found;
}

function followedByUnit(text: string, end: number, unit: string): boolean {
  for (const candidate of [unit, ` ${unit}`]) {
    if (!text.startsWith(candidate, end)) continue;
    const after = text[end + candidate.length];
    if (after === undefined || !/[\p{L}\p{N}]/u.test(after) || !/[\p{L}\p{N}]$/u.test(unit)) return true;
  }
  return false;
}

/** The numbers written in digits in `text`, as written (`2017`, `15`, `1,5`). */
export function numbersIn(text: string): { written: string; index: number }[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/gu)].map((match) => ({ written: match[0], index: match.index }));
}
