/** The site's name, shown in the header and in page titles. */
export const SITE_NAME = "Kazakhstan General Prosecutor's Office releases, verbatim";

/** The search filter value of a release's overview page (topics use their label). */
export const OVERVIEW_LABEL = 'Overview';
