/** Site paths of a release's pages, relative to the base path (no leading slash). */
export const releasePaths = {
  /** The release's overview. */
  overview: (releaseId: string): string => `releases/${releaseId}/`,
  /** The whole release on one page, as published. */
  fullText: (releaseId: string): string => `releases/${releaseId}/full-text/`,
  /** A topic page; topic ids are `<release>/<topic>`. */
  topic: (topicId: string): string => `releases/${topicId}/`,
};

/** Topic names that would take the address of a fixed page of the release. */
export const RESERVED_TOPIC_SLUGS: readonly string[] = ['full-text', 'data', 'press-release.pdf', 'press-release.txt'];

/** The last segment of a topic id (`<release>/<topic>`), used as the route parameter. */
export function topicSlug(topicId: string): string {
  return topicId.slice(topicId.lastIndexOf('/') + 1);
}

/** Site paths of the files offered with each release, relative to the base path. */
export const releaseFiles = {
  /** The whole release as a PDF. */
  pdf: (releaseId: string): string => `releases/${releaseId}/press-release.pdf`,
  /** The release as published: the project's copy of the source file, byte for byte. */
  publishedText: (releaseId: string): string => `releases/${releaseId}/press-release.txt`,
};

/** Site paths of the social cards (link-preview images), relative to the base path. */
export const socialCardPaths = {
  /** The site's own card, for pages outside any release. */
  site: (): string => 'social/site.png',
  /** A release's card: its headline. */
  release: (releaseId: string): string => `social/${releaseId}.png`,
  /** A topic's card: its title and name. Topic ids are `<release>/<topic>`. */
  topic: (topicId: string): string => `social/${topicId}.png`,
};

/**
 * A release folder's name, the release's address segment: lower-case ASCII letters, digits and
 * single hyphens, so that no two releases can have addresses that look alike (a Cyrillic "а", a
 * zero-width joiner or a bidirectional control would make one).
 */
const RELEASE_FOLDER = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** Names the site's own files take where releases also go: `social/site.png` is the site's card. */
const RESERVED_RELEASE_NAMES = new Set(['site']);

/** Why a release folder's name is refused, or undefined when it is a good one. */
export function releaseFolderProblem(name: string): string | undefined {
  if (name.startsWith('.')) {
    return 'is a hidden folder (its name starts with a dot), which the site would leave out; move it out of the content folder or rename it';
  }
  if (RESERVED_RELEASE_NAMES.has(name)) return `"${name}" is a name the site's own files take; choose another`;
  if (RELEASE_FOLDER.test(name)) return undefined;
  const odd = [...name].find((char) => !/[a-z0-9-]/u.test(char));
  const what = odd
    ? `U+${(odd.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}${/[\p{L}\p{N}]/u.test(odd) ? ` ("${odd}")` : ''}`
    : 'a hyphen at an end, or two together';
  return `a release folder is named with lower-case ASCII letters, digits and single hyphens (such as 2019-01-28-stolen-assets), so that no two addresses look alike; this name holds ${what}`;
}
