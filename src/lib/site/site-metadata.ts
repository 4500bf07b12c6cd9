/** The site's name, shown in the header and in page titles. */
export const SITE_NAME = 'Kazakhstan prosecutor releases, verbatim';

/**
 * What the site is, in the header under its name: a copy made by someone other than the Office,
 * so that no page reads as if the Office itself ran the site.
 */
export const SITE_TAGLINE = "Independent copy, not the Office's own site";

/** The search filter value of a release's overview page (topics use their label). */
export const OVERVIEW_LABEL = 'Overview';

/** The site's name at the end of every page title (but the home page's, which is the name itself). */
export const SITE_TITLE_SUFFIX = 'Releases, verbatim';

/**
 * A page's `<title>`: what the page is, then the site, always in that form so that tabs and
 * bookmarks read alike: `Key figures, 28 January 2019 | Releases, verbatim`.
 */
export function documentTitle(title: string): string {
  return `${title} | ${SITE_TITLE_SUFFIX}`;
}
