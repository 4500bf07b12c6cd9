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
