/** A calendar day, month or year: the precision is what the text gives. */
export interface WhenPoint {
  year: number;
  month?: number;
  day?: number;
}

/** A date or a period, read from ISO 8601 (`2018-12-21`, `2019`, `2019-01/2019-06`). */
export interface When {
  start: WhenPoint;
  /** The end of a period; undefined for a single date. */
  end?: WhenPoint;
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The English name of month `n` (1 to 12). */
export function monthName(n: number): string {
  const name = monthNames[n - 1];
  if (!name) throw new RangeError(`month must be 1 to 12, got ${n}`);
  return name;
}

function parsePoint(text: string): WhenPoint | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month !== undefined && day !== undefined) {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > days) return undefined;
  }
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }) };
}

/** Where a point falls, to the day, for ordering: its first day. */
function pointKey(point: WhenPoint): string {
  return `${point.year}-${String(point.month ?? 1).padStart(2, '0')}-${String(point.day ?? 1).padStart(2, '0')}`;
}

/**
 * Reads an ISO 8601 date or period: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or two of them joined by `/`,
 * the end not before the start. Undefined when the text is none of these or not a real date.
 */
export function parseWhen(text: string): When | undefined {
  const [first, second, ...rest] = text.trim().split('/');
  if (first === undefined || rest.length > 0) return undefined;
  const start = parsePoint(first);
  if (!start) return undefined;
  if (second === undefined) return { start };
  const end = parsePoint(second);
  if (!end || pointKey(end) < pointKey(start)) return undefined;
  return { start, end };
}

/** A sort key: periods and dates in the order they begin, the shorter first on a tie. */
export function whenSortKey(when: When): string {
  return `${pointKey(when.start)}|${when.end ? pointKey(when.end) : pointKey(when.start)}`;
}

function formatPoint(point: WhenPoint): string {
  if (point.month === undefined) return String(point.year);
  const month = monthName(point.month);
  return point.day === undefined ? `${month} ${point.year}` : `${point.day} ${month} ${point.year}`;
}

/** A date or period in words: `21 December 2018`, `2016`, `January 2019 to June 2019`. */
export function formatWhen(when: When): string {
  return when.end ? `${formatPoint(when.start)} to ${formatPoint(when.end)}` : formatPoint(when.start);
}

/**
 * The parts of a date or period that the words of the text must show: each year, and each
 * month's name and day. `December 21, 2018` shows all of `2018-12-21`; `the current one` shows
 * nothing of `2018`, which then needs a reading.
 */
export function missingParts(when: When, words: string): string[] {
  const missing: string[] = [];
  const has = (part: string): boolean => new RegExp(`(?<![\\p{L}\\p{N}])${part}(?![\\p{L}\\p{N}])`, 'u').test(words);
  for (const point of when.end ? [when.start, when.end] : [when.start]) {
    if (!has(String(point.year))) missing.push(String(point.year));
    if (point.month !== undefined && !has(monthName(point.month))) missing.push(monthName(point.month));
    if (point.day !== undefined && !has(String(point.day))) missing.push(String(point.day));
  }
  return [...new Set(missing)];
}
