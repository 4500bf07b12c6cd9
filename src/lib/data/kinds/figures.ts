import { figureSchema, publishedFigureSchema, type FigureData } from '../../../schemas/figure.ts';
import type { WhenPoint } from '../../../schemas/when.ts';
import { findWrittenNumber, parseWrittenNumber } from '../../text/written-numbers.ts';
import type { Source } from '../release-data.ts';
import { dates, type ReleaseDate } from './dates.ts';
import { didYouMean } from '../../text/text-difference.ts';
import { defineDataKind, provenanceColumns, publishDatum, quote } from './kind.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The first day a date of the text covers (`2018` → 2018-01-01). */
function firstDay(point: WhenPoint): string {
  return `${point.year}-${pad(point.month ?? 1)}-${pad(point.day ?? 1)}`;
}

/** The last day a date of the text covers (`2018` → 2018-12-31, `2019-02` → 2019-02-28). */
function lastDay(point: WhenPoint): string {
  const month = point.month ?? 12;
  const day = point.day ?? new Date(Date.UTC(point.year, month, 0)).getUTCDate();
  return `${point.year}-${pad(month)}-${pad(day)}`;
}

/** A figure of the release, checked, with its period resolved. */
export interface ReleaseFigure {
  id: string;
  data: FigureData;
  /** The number as the text writes it. */
  written: string;
  period: ReleaseDate | undefined;
  source: Source;
}

/** The figures the release gives: amounts, counts, shares and changes. */
export const figures = defineDataKind({
  id: 'figures',
  title: 'Key figures',
  fields: 'value, unit, what is measured, period, direction of change',
  page: 'figures',
  anchor: 'figure',
  schema: figureSchema,
  publishedSchema: publishedFigureSchema,
  summary: 'The figures the release gives.',
  // A figure's period is a date of the release.
  needs: [dates],
  check: (entry, { sourceOf, report, checked, has, idsOf }): ReleaseFigure | undefined => {
    const source = sourceOf(entry, 'sentence', entry.data.sentence);
    const { value, unit } = entry.data;
    const written = entry.data.written ?? String(value);
    const writtenValue = parseWrittenNumber(written);
    if (entry.data.written !== undefined && writtenValue !== value) {
      report(
        entry,
        'written',
        writtenValue === undefined
          ? `${quote(written)} is not a number as a text writes one`
          : `${quote(written)} is ${writtenValue}, not the value ${value}`,
      );
    }
    const periodId = entry.data.period;
    const period = periodId === undefined ? undefined : checked(dates).find((date) => date.id === periodId);
    // A date that failed its own checks has been reported already.
    if (periodId !== undefined && !has(dates, periodId)) {
      report(
        entry,
        'period',
        `${quote(periodId)} is not a date of the release (data/dates.yaml)${didYouMean(periodId, idsOf(dates))}`,
      );
    }
    if (!source) return undefined;
    if (findWrittenNumber(source.sentence, written, unit).length === 0) {
      const numberThere = findWrittenNumber(source.sentence, written).length > 0;
      report(
        entry,
        numberThere ? 'unit' : 'value',
        numberThere
          ? `the number ${quote(written)} is in its sentence, but not followed by the unit ${quote(unit)}`
          : `the number ${quote(written)} is not in its sentence ${quote(source.sentence)}`,
      );
    }
    return { id: entry.id, data: entry.data, written, period, source };
  },
  // Beside the period's id, what a reader of the files needs without the dates file: the words
  // that name it and the first and last day it spans.
  publish: (figure, context) => ({
    ...publishDatum(figure, context),
    ...(figure.period
      ? {
          periodAs: figure.period.data.as,
          periodStart: firstDay(figure.period.when.start),
          periodEnd: lastDay(figure.period.when.end ?? figure.period.when.start),
        }
      : {}),
  }),
  csvColumns: [
    { heading: 'id', value: (r) => r.id },
    { heading: 'kind', value: (r) => r.kind },
    { heading: 'value', value: (r) => r.value },
    { heading: 'unit', value: (r) => r.unit },
    { heading: 'written', value: (r) => r.written },
    { heading: 'change', value: (r) => r.change },
    { heading: 'measure', value: (r) => r.measure },
    { heading: 'period', value: (r) => r.periodAs },
    { heading: 'period_start', value: (r) => r.periodStart },
    { heading: 'period_end', value: (r) => r.periodEnd },
    { heading: 'period_id', value: (r) => r.period },
    { heading: 'compare', value: (r) => r.compare },
    { heading: 'sentence', value: (r) => r.sentence },
    ...provenanceColumns,
  ],
});
