import { formatDate } from '../text/dates';

/** Who publishes this copy of the releases, and how to reach them: set when the site is built. */
export interface Publisher {
  /** The publisher's name, as sentences use it ("This copy is published by …"). */
  name: string;
  /** Where to report a discrepancy: a `mailto:` or `https:` address, if the publisher gives one. */
  contact: string | undefined;
}

/** Said when `SITE_PUBLISHER` is not set: neutral, and never a claim to be the Office. */
export const DEFAULT_PUBLISHER = "an independent publisher, not the General Prosecutor's Office";

/**
 * The publisher from the environment: `SITE_PUBLISHER` (a name) and `SITE_CONTACT` (a `mailto:`
 * or `https:` address). A contact that is neither stops the build, naming the variable.
 */
export function sitePublisher(env: Record<string, string | undefined> = process.env): Publisher {
  const name = env['SITE_PUBLISHER']?.trim();
  const contact = env['SITE_CONTACT']?.trim();
  if (contact && !/^(?:mailto:[^\s@]+@[^\s@]+|https?:\/\/\S+)$/u.test(contact)) {
    throw new Error(`SITE_CONTACT: "${contact}" is neither a mailto: nor an http(s) address`);
  }
  return { name: name || DEFAULT_PUBLISHER, contact: contact || undefined };
}

/** Where a release's official text comes from, in the words every page, the PDF and the About page use. */
export function textOrigin(release: { attribution: string; published: Date }): string {
  return `the English version published by the ${release.attribution} on ${formatDate(release.published)}`;
}
