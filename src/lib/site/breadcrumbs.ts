import { formatDate } from '../text/dates';
import { releasePaths } from './release-paths';
import { withBase } from './site-address';

/** One step of a breadcrumb trail; the last step is the page itself and is shown without a link. */
export interface Crumb {
  label: string;
  href?: string | undefined;
}

/**
 * The trail from the home page to a page of a release: Home, the release (its overview), then the
 * steps given. On the overview itself, give no steps: the release is then the last, unlinked step.
 */
export function releaseTrail(
  release: { id: string; data: { published: Date } },
  base: string,
  ...steps: Crumb[]
): Crumb[] {
  return [
    { label: 'Home', href: withBase('', base) },
    {
      label: `Release of ${formatDate(release.data.published)}`,
      href: withBase(releasePaths.overview(release.id), base),
    },
    ...steps,
  ];
}
