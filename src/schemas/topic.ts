import { z } from 'astro/zod';
import { editorialWords } from './editorial.ts';

/**
 * Frontmatter of a topic (`content/releases/<release>/topics/<topic>.mdx`). The folder a topic is
 * in says which release it belongs to: nothing in the file repeats it.
 */
export function topicSchema() {
  return z.strictObject({
    /** Refused with a message saying why, rather than as an unknown field. */
    release: z
      .never({ error: 'is not needed: the folder the topic is in says its release; remove the line' })
      .optional(),
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
