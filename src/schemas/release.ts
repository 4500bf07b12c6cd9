import { z } from 'astro/zod';

/** Frontmatter of a release's overview (`content/releases/<release>/index.mdx`). */
export const releaseSchema = z.strictObject({
  /** The headline as published; the build checks it against the published text. */
  headline: z.string().trim().min(1),
  /** Editorial short name of the release, for page titles and navigation (the headline is long). */
  shortTitle: z.string().trim().min(1).max(50),
  /** The date the release was published. */
  published: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }),
  /** The meeting the release reports on. */
  meeting: z.strictObject({
    /** The day of the meeting. */
    date: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }),
    /** Where it was held, as the text names it. */
    place: z.string().trim().min(1),
  }),
  /** The office that issued the release. */
  issuer: z.string().trim().min(1),
  /** The attribution that closes the release; the build checks it against the published text. */
  attribution: z.string().trim().min(1),
  /** Editorial summary for listings and the page description; not official text. */
  summary: z.string().trim().min(1).max(300),
  /** The day this release's editorial text (titles, summaries, labels) last changed. */
  updated: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }).optional(),
});

/** A release's overview frontmatter after validation. */
export type ReleaseData = z.infer<typeof releaseSchema>;
