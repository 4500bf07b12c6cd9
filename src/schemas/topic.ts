import { z } from 'astro/zod';
import { editorialWords } from './editorial';

/**
 * Frontmatter of a topic (`content/releases/<release>/topics/<topic>.mdx`). The release field is
 * passed in so that the collection can use Astro's `reference('releases')` while tests use any
 * string schema.
 */
export function topicSchema<R extends z.ZodType>(release: R) {
  return z.strictObject({
    /** The release this topic belongs to. */
    release,
    /** Position of the topic in the release, as published; unique within a release. */
    order: z.number().int().positive(),
    /** Short editorial name, for navigation and the search filter. */
    label: editorialWords(40),
    /** Editorial heading of the topic page, and its name in the tab and the breadcrumbs (which it must fit). */
    title: editorialWords(49),
    /** Editorial summary for listings and the page description; not official text. */
    summary: editorialWords(300),
  });
}
