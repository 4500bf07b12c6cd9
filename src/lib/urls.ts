/** Site paths of a release's pages, relative to the base path (no leading slash). */
export const releasePaths = {
  /** The release's overview. */
  overview: (releaseId: string): string => `releases/${releaseId}/`,
  /** The whole release on one page, as published. */
  fullText: (releaseId: string): string => `releases/${releaseId}/full-text/`,
  /** A topic page; topic ids are `<release>/<topic>`. */
  topic: (topicId: string): string => `releases/${topicId}/`,
};

/** The last segment of a topic id (`<release>/<topic>`), used as the route parameter. */
export function topicSlug(topicId: string): string {
  return topicId.slice(topicId.lastIndexOf('/') + 1);
}
