import { z } from 'astro/zod';
import { calendarDate } from './calendar-date.ts';
import { editorialWords } from './editorial.ts';
import { languageName } from '../lib/text/languages.ts';

/** A language, as a BCP 47 tag that names one: `kk`, `ru`, `en`. */
const languageTag = z.string().refine((tag) => languageName(tag) !== undefined, {
  error: 'must be a language tag such as kk, ru or en (BCP 47)',
});

/** Frontmatter of a release's overview (`content/releases/<release>/index.mdx`). */
export const releaseSchema = z
  .strictObject({
    /** The headline as published; the build checks it against the published text. */
    headline: z.string().trim().min(1),
    /** Editorial short name of the release: its name in the tab and the breadcrumbs (the headline is long). */
    shortTitle: editorialWords(49),
    /** The date the release was published. */
    published: calendarDate,
    /** The meeting the release reports on. */
    meeting: z.strictObject({
      /** The day of the meeting. */
      date: calendarDate,
      /** Where it was held, as the text names it. */
      place: z.string().trim().min(1),
    }),
    /** The office that issued the release: as the attribution names it. */
    issuer: z.string().trim().min(1),
    /** The attribution that closes the release; the build checks it against the published text. */
    attribution: z.string().trim().min(1),
    /** Editorial summary for listings and the page description; not official text. */
    summary: editorialWords(300),
    /** Where the official text was published, where known: the original page and (where known) the day it was read. */
    source: z
      .strictObject({
        /** The address of the original page. */
        url: z.url({ protocol: /^https?$/u, error: 'must be the http(s) address of the original page' }),
        /** The day the text was taken from it, where known. */
        retrieved: calendarDate.optional(),
      })
      .optional(),
    /** The day this release's editorial text (titles, summaries, labels) last changed. */
    updated: calendarDate.optional(),
    /**
     * The language versions the Office published, as BCP 47 tags (`kk`, `ru`, `en`), where known:
     * pages say which exist and which one is reproduced here.
     */
    versions: z
      .strictObject({
        /** The language of the text reproduced here. */
        reproduced: languageTag,
        /** Every language the Office published the release in. */
        published: z.array(languageTag).min(1),
        /** The version the Office names as the original, where it names one. */
        original: languageTag.optional(),
      })
      .refine((versions) => versions.published.includes(versions.reproduced), {
        path: ['reproduced'],
        error: 'must be one of the languages in published: the text reproduced here is one the Office published',
      })
      .refine((versions) => versions.original === undefined || versions.published.includes(versions.original), {
        path: ['original'],
        error: 'must be one of the languages in published',
      })
      .refine((versions) => new Set(versions.published).size === versions.published.length, {
        path: ['published'],
        error: 'names a language twice',
      })
      .optional(),
    /**
     * In a further language version (`<release>/<language>/index.mdx`): where its paragraphs are
     * not one for one with the first version's, which paragraphs of each say the same. Paragraphs
     * no group names match one for one, in order, between the groups.
     */
    alignment: z
      .array(
        z.strictObject({
          /** Paragraph numbers of the first version, in a row. */
          first: z.array(z.number().int().positive()).min(1),
          /** The paragraphs of this version that say what those say, in a row. */
          here: z.array(z.number().int().positive()).min(1),
        }),
      )
      .optional(),
  })
  .refine((release) => !release.updated || release.updated >= release.published, {
    path: ['updated'],
    error: 'is before the publication date (published); the editorial text cannot change before the release exists',
  })
  // The issuer is printed as the office behind the text (PDF, structured data, citations): it must
  // be the one the attribution, checked against the published text, names.
  .refine((release) => release.attribution.includes(release.issuer), {
    path: ['issuer'],
    error:
      'must be the office the attribution names, word for word (for example "General Prosecutor\'s Office of the Republic of Kazakhstan" in "Press Service of the General Prosecutor\'s Office of the Republic of Kazakhstan")',
  });

/** A release's overview frontmatter after validation. */
export type ReleaseFrontmatter = z.infer<typeof releaseSchema>;
