import { z } from 'astro/zod';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * A day of the calendar written `YYYY-MM-DD`, read as midnight UTC. A day that does not exist
 * (`2019-13-45`, `2019-02-29`) is refused rather than rolled over into another.
 */
export const calendarDate = z.unknown().transform((value, ctx): Date => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value !== 'string' || !ISO_DAY.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'must be a date written as YYYY-MM-DD' });
    return z.NEVER;
  }
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    ctx.addIssue({ code: 'custom', message: `${value} is not a day of the calendar` });
    return z.NEVER;
  }
  return date;
});
