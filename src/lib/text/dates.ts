const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A date as the release writes it: `28 January 2019` (dates are calendar days, read in UTC). */
export function formatDate(date: Date): string {
  return dayMonthYear.format(date);
}

/** A date as `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
