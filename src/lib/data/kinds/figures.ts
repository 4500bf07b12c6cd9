import { figureSchema, publishedFigureSchema, type FigureData } from '../../../schemas/figure';
import { findWrittenNumber, parseWrittenNumber } from '../../text/written-numbers';
import type { Source } from '../release-data';
import { dates, type ReleaseDate } from './dates';
import { defineDataKind, provenanceColumns, publishDatum, quote } from './kind';

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
  check: (entry, { sourceOf, report, checked, has }): ReleaseFigure | undefined => {
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
      report(entry, 'period', `${quote(periodId)} is not a date of the release (data/dates.yaml)`);
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
  publish: publishDatum,
  csvColumns: [
    { heading: 'id', value: (r) => r.id },
    { heading: 'kind', value: (r) => r.kind },
    { heading: 'value', value: (r) => r.value },
    { heading: 'unit', value: (r) => r.unit },
    { heading: 'written', value: (r) => r.written },
    { heading: 'change', value: (r) => r.change },
    { heading: 'measure', value: (r) => r.measure },
    { heading: 'period', value: (r) => r.period },
    { heading: 'compare', value: (r) => r.compare },
    { heading: 'sentence', value: (r) => r.sentence },
    ...provenanceColumns,
  ],
});
