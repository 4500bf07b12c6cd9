import { figureSchema, publishedFigureSchema } from '../../../schemas/figure';
import { defineDataKind, provenanceColumns } from './kind';

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
  publish: ({ data, source }, { provenance }) => ({ ...data, sentence: source.sentence, ...provenance(source) }),
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
