import { z } from 'astro/zod';
import { datumId, editorialText, provenanceFields, quotedWords, sourceSentence } from './provenance.ts';

/** What a figure is: an amount of something, a number of things, a part of a whole, or a change. */
export const figureKinds = ['quantity', 'count', 'share', 'change'] as const;

/** The direction of a change, where the text gives one. */
export const changeDirections = ['decrease', 'increase'] as const;

const figureFields = {
  /** Unique within the release, used in addresses (`#heroin-seized`) and by the MDX components. */
  id: datumId.describe('Identifier, unique within the release.'),
  /** What the figure is; a change needs a direction, a share and a change are percentages. */
  kind: z.enum(figureKinds).describe('quantity, count, share (part of a whole) or change.'),
  /** The value as a number: `387`; `1500` for “1,5 thousand”. */
  value: z.number({ error: 'must be a number' }).nonnegative().describe('The value as a number.'),
  /**
   * The unit as the text writes it, right after the number: `kg`, `tons`, `%`, `facts`; never a
   * scale. “42 billion tenge” is `value: 42000000000`, `written: 42 billion`, `unit: tenge`, so
   * that every value of the open data is the whole number and values compare.
   */
  unit: quotedWords.describe(
    'The unit, as the text writes it right after the number, without a scale: for “42 billion tenge” the unit is “tenge”, the value 42000000000 and written “42 billion”.',
  ),
  /** The number as the text writes it, when not as plain digits: `1,5 thousand`. */
  written: quotedWords
    .optional()
    .describe('The number as the text writes it, when that is not the value in plain digits.'),
  /** The direction of a change; only for kind `change`. */
  change: z.enum(changeDirections).optional().describe('decrease or increase, for a change.'),
  /** What is measured: editorial, in words. */
  measure: editorialText.describe('Editorial: what is measured, in words.'),
  /** The id of the date or period (in the release's dates) the figure covers, where the text gives one. */
  period: datumId.optional().describe('Identifier of the date or period (in the dates) the figure covers.'),
  /** Figures with the same comparison title are drawn on one chart: editorial. */
  compare: editorialText.optional().describe('Editorial: the title of the chart that compares figures sharing it.'),
  /** Editorial: one of the few figures that lead the release's summary ("At a glance"). */
  headline: z
    .boolean()
    .optional()
    .describe('Editorial: true for the few figures shown first, in the summary of the release.'),
  /** The sentence of the official text the figure comes from, word for word. */
  sentence: sourceSentence.describe('The sentence of the official text the figure comes from, word for word.'),
};

type FigureFields = z.infer<z.ZodObject<typeof figureFields>>;

/** Rules between fields: a change has a direction, nothing else has one; shares and changes are in %. */
function checkKind(figure: FigureFields, ctx: z.RefinementCtx): void {
  if (figure.kind === 'change' && figure.change === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['change'],
      message: 'a figure of kind change needs its direction: decrease or increase',
    });
  }
  if (figure.kind !== 'change' && figure.change !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['change'],
      message: `only a figure of kind change has a direction, not a ${figure.kind}`,
    });
  }
  if ((figure.kind === 'share' || figure.kind === 'change') && figure.unit !== '%') {
    ctx.addIssue({ code: 'custom', path: ['unit'], message: `a ${figure.kind} is a percentage: its unit is %` });
  }
  const scale =
    /^(thousand|million|billion|trillion|тыс\.?|тысяч[аи]?|млн|миллион(?:а|ов)?|млрд|миллиард(?:а|ов)?|мың|миллиард|триллион)(?=\s|$)/iu.exec(
      figure.unit,
    )?.[1];
  if (scale !== undefined) {
    const rest = figure.unit.slice(scale.length).trim();
    ctx.addIssue({
      code: 'custom',
      path: ['unit'],
      message: `"${figure.unit}" begins with a scale ("${scale}"): the scale goes in written (written: ${figure.value} ${scale})${rest ? `, the unit is "${rest}"` : ''}, and value is the whole number, so that values compare`,
    });
  }
  if (figure.kind === 'share' && figure.value > 100) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'a share cannot be more than 100%' });
  }
}

/** A figure as written in `data/figures.yaml`. */
export const figureSchema = z.strictObject(figureFields).superRefine(checkKind);

/** A figure as published in the open data: with where it comes from. */
/** What a published figure says of its period beside its id: the words and the days it spans. */
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const publishedPeriodFields = {
  periodAs: z.string().optional().describe('The words of the text that name the period.'),
  periodStart: isoDay.optional().describe('The first day of the period, in ISO 8601.'),
  periodEnd: isoDay.optional().describe('The last day of the period, in ISO 8601.'),
};

export const publishedFigureSchema = z
  .strictObject({ ...figureFields, ...publishedPeriodFields, ...provenanceFields })
  .describe('A figure the release gives, with the sentence, paragraph and topic it comes from.');

/** A figure after validation. */
export type FigureData = z.infer<typeof figureSchema>;
/** A figure as published. */
export type PublishedFigure = z.infer<typeof publishedFigureSchema>;
