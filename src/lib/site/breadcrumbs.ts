import { routes } from './routes.ts';
import { withBase } from './site-address.ts';

/** One step of a breadcrumb trail; the last step is the page itself and is shown without a link. */
export interface Crumb {
  label: string;
  href?: string | undefined;
}

/**
 * The trail from the home page to a page of a release: Home, the release (its overview, by its
 * short title, the name its tab and card give it), then the steps given. On the overview itself, give no steps: the release is then the last, unlinked step.
 */
export function releaseTrail(
  release: { id: string; data: { shortTitle: string } },
  base: string,
  ...steps: Crumb[]
): Crumb[] {
  return [
    { label: 'Home', href: withBase('', base) },
    {
      label: release.data.shortTitle,
      href: withBase(routes.overview.path(release.id), base),
    },
    ...steps,
  ];
}
