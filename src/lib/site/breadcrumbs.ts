import { withBase } from './site-address.ts';
import { messages } from '../i18n/catalogue.ts';
import { DEFAULT_LANGUAGE, type InterfaceLanguage } from '../i18n/languages.ts';
import type { AnyRoute, TrailRelease } from './routes.ts';
import { languageParams, versionParams, type SiteLanguage } from './versions.ts';

/** One step of a breadcrumb trail; the last step is the page itself and is shown without a link. */
export interface Crumb {
  label: string;
  href?: string | undefined;
}

/** What a trail is made of beside its route: the base path, the page's release, the page's own label. */
export interface TrailOptions {
  base: string;
  /** The release the page belongs to: it names the release's step and fills the parents' addresses. */
  release?: TrailRelease | undefined;
  /** The page's own step; by default the route's label as a step (the release's short title on its overview). */
  label?: string | undefined;
  /** The page's language: the fixed steps (Home, Data) are named in it; on a page of no release, its address too. */
  lang?: SiteLanguage | undefined;
}

/** The fixed steps of the route table (routes.ts names them in English), in the catalogue. */
const FIXED_CRUMBS: Readonly<Record<string, 'home' | 'data' | 'fullText'>> = {
  Home: 'home',
  Data: 'data',
  'Full text': 'fullText',
};

function crumbLabel(route: AnyRoute, release: TrailRelease | undefined, lang: InterfaceLanguage): string {
  const { crumb, pattern } = route;
  if (typeof crumb === 'string') {
    const key = FIXED_CRUMBS[crumb];
    if (key === undefined) throw new Error(`${pattern}: the step "${crumb}" is not in the message catalogue`);
    return messages(lang).crumbs[key];
  }
  if (crumb === undefined) throw new Error(`${pattern}: a route in a trail has a label as a step`);
  if (release === undefined) throw new Error(`${pattern}: a step named by its release needs the release`);
  return crumb(release);
}

/**
 * The trail from the home page to a page: each route's parent, as the route table gives it, up to
 * the home page, then the page itself, unlinked. Home, then a release's overview by its short title,
 * then (under the data pages) the open-data page, and so on.
 */
export function pageTrail(route: AnyRoute, { base, release, label, lang = DEFAULT_LANGUAGE }: TrailOptions): Crumb[] {
  const params = release ? versionParams(release.id) : languageParams(lang);
  const steps: Crumb[] = [{ label: label ?? crumbLabel(route, release, lang) }];
  for (let parent = route.parent; parent !== undefined; parent = parent.parent) {
    steps.unshift({ label: crumbLabel(parent, release, lang), href: withBase(parent.fill(params), base) });
  }
  return steps;
}
