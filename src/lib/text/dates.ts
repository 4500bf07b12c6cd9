import { DATE_LOCALES, DEFAULT_LANGUAGE, type InterfaceLanguage } from '../i18n/languages.ts';

const dayMonthYear = (lang: InterfaceLanguage): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(DATE_LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const FORMATS = {
  en: dayMonthYear('en'),
  ru: dayMonthYear('ru'),
  kk: dayMonthYear('kk'),
} as const satisfies Record<InterfaceLanguage, Intl.DateTimeFormat>;

/**
 * A date as a page in `lang` writes it: `28 January 2019`, `28 января 2019`, `2019 ж. 28 қаңтар`
 * (dates are calendar days, read in UTC). The Russian year is written without the abbreviation
 * `г.` that the locale adds at the end: a sentence ending on a date would end on two full stops.
 */
export function formatDate(date: Date, lang: InterfaceLanguage = DEFAULT_LANGUAGE): string {
  return FORMATS[lang].format(date).replace(/\s*г\.$/u, '');
}

/** A date as `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date found in a line of text: the calendar day (midnight UTC) and the words that give it. */
export interface DateWritten {
  date: Date;
  /** The date exactly as the line writes it, such as `April 15, 2019` or `15 апреля 2019 г.`. */
  written: string;
}

/**
 * The forms in which an office writes the date it published a release, as messages list them:
 * English both ways round, numeric day-first and ISO, Russian (genitive month names, with or
 * without "года" or "г.") and Kazakh (with or without "жылғы").
 */
export const DATE_FORMS: readonly string[] = [
  '15 April 2019',
  'April 15, 2019',
  '15.04.2019',
  '2019-04-15',
  '15 апреля 2019 года',
  '2019 жылғы 15 сәуір',
];

/**
 * The names of the twelve months in a language, lower case, as its calendar writes them beside a
 * day: Russian writes the day of a month in the genitive ("15 апреля", never "15 апрель"), and the
 * day is part of the pattern so that the locale data give that form. Read from the runtime's
 * locale data (Node's full ICU), never typed by hand.
 */
function monthNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => {
    const name = format.formatToParts(new Date(Date.UTC(2019, month, 15))).find((part) => part.type === 'month');
    if (!name) throw new Error(`no month names for ${locale} in this runtime's locale data`);
    return name.value.toLocaleLowerCase(locale);
  });
}

const ENGLISH_MONTHS = monthNames('en');
const RUSSIAN_MONTHS = monthNames('ru');
const KAZAKH_MONTHS = monthNames('kk');

/** The month (1 to 12) a name gives, whatever its case; 0 when it names none. */
function monthOf(name: string, names: readonly string[]): number {
  return names.indexOf(name.toLowerCase()) + 1;
}

/**
 * A date stands alone: no letter or digit touches it, so "11 January 2020" does not hold
 * "1 January 2020"; nor a digit across a dot, hyphen or slash, so "1.15.04.2019" holds no
 * "15.04.2019". A full stop after it (the end of a sentence) is no part of it.
 */
const BEFORE = String.raw`(?<![\p{L}\p{N}])(?<!\p{N}[.\-/])`;
const AFTER = String.raw`(?![\p{L}\p{N}])(?![.\-/]\p{N})`;
const SPACE = String.raw`\s+`;
const alternatives = (names: readonly string[]): string => `(${names.join('|')})`;

/** Each form: how it is found, and the day, month and year it gives. */
const FORMS: readonly { pattern: RegExp; read: (match: RegExpExecArray) => [number, number, number] }[] = [
  {
    // 15 April 2019
    pattern: new RegExp(`${BEFORE}(\\d{1,2})${SPACE}${alternatives(ENGLISH_MONTHS)}${SPACE}(\\d{4})${AFTER}`, 'giu'),
    read: (m) => [Number(m[1]), monthOf(m[2] ?? '', ENGLISH_MONTHS), Number(m[3])],
  },
  {
    // April 15, 2019
    pattern: new RegExp(`${BEFORE}${alternatives(ENGLISH_MONTHS)}${SPACE}(\\d{1,2}),?${SPACE}(\\d{4})${AFTER}`, 'giu'),
    read: (m) => [Number(m[2]), monthOf(m[1] ?? '', ENGLISH_MONTHS), Number(m[3])],
  },
  {
    // 15.04.2019
    pattern: new RegExp(`${BEFORE}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${AFTER}`, 'gu'),
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    // 2019-04-15
    pattern: new RegExp(`${BEFORE}(\\d{4})-(\\d{2})-(\\d{2})${AFTER}`, 'gu'),
    read: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
  {
    // 15 апреля 2019 года, 15 апреля 2019 г., 15 апреля 2019
    pattern: new RegExp(
      `${BEFORE}(\\d{1,2})${SPACE}${alternatives(RUSSIAN_MONTHS)}${SPACE}(\\d{4})(?:${SPACE}(?:года|г\\.))?${AFTER}`,
      'giu',
    ),
    read: (m) => [Number(m[1]), monthOf(m[2] ?? '', RUSSIAN_MONTHS), Number(m[3])],
  },
  {
    // 2019 жылғы 15 сәуір, 2019 15 сәуір
    pattern: new RegExp(
      `${BEFORE}(\\d{4})(?:${SPACE}жылғы)?${SPACE}(\\d{1,2})${SPACE}${alternatives(KAZAKH_MONTHS)}${AFTER}`,
      'giu',
    ),
    read: (m) => [Number(m[2]), monthOf(m[3] ?? '', KAZAKH_MONTHS), Number(m[1])],
  },
];

/** The calendar day, or undefined when there is none such (31 February, month 13, day 0). */
function calendarDay(day: number, month: number, year: number): Date | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls an impossible day over into the next month; such a day was never written.
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date : undefined;
}

/**
 * Every date a line of text gives, in any of the forms an office writes one ({@link DATE_FORMS}),
 * in the order they stand, as calendar days (midnight UTC). Month names are read whatever their
 * case. A day that does not exist (31.02.2019) is no date; where two forms overlap, the one that
 * starts first and is longest is read, so "15 апреля 2019 года" is one date.
 */
export function datesWritten(line: string): DateWritten[] {
  const found = FORMS.flatMap(({ pattern, read }) =>
    [...line.matchAll(pattern)].flatMap((match) => {
      const date = calendarDay(...read(match));
      return date ? [{ date, written: match[0], start: match.index, end: match.index + match[0].length }] : [];
    }),
  ).sort((a, b) => a.start - b.start || b.end - a.end);
  const dates: DateWritten[] = [];
  let end = 0;
  for (const one of found) {
    if (one.start < end) continue;
    dates.push({ date: one.date, written: one.written });
    end = one.end;
  }
  return dates;
}
