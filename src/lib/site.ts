/** The site's name, shown in the header and in page titles. */
export const SITE_NAME = 'Kazakhstan prosecutor releases, verbatim';

/**
 * What the site is, in the header under its name: a copy made by someone other than the Office,
 * so that no page reads as if the Office itself ran the site.
 */
export const SITE_TAGLINE = "Independent copy, not the Office's own site";

/** The search filter value of a release's overview page (topics use their label). */
export const OVERVIEW_LABEL = 'Overview';

/** The site's name in page titles, where space is short. */
export const SITE_TITLE_SUFFIX = 'GPO Kazakhstan releases';

/** Longest page title: search engines and tabs cut longer ones. */
export const MAX_TITLE_LENGTH = 70;

/** A page's `<title>`: its own title, followed by the site's name when both fit. */
export function documentTitle(title: string): string {
  const full = `${title} | ${SITE_TITLE_SUFFIX}`;
  return full.length <= MAX_TITLE_LENGTH ? full : title;
}
