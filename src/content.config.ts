import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { releaseSchema } from './schemas/release';
import { topicSchema } from './schemas/topic';
import { contentRoot } from './lib/content-root';

// Each release is one folder: `index.mdx` (metadata and lead), `topics/*.mdx` and the published
// text. Ids are the folder name (release) and `<folder>/<file name>` (topic).
const releases = defineCollection({
  loader: glob({
    base: contentRoot(),
    pattern: '*/index.mdx',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: releaseSchema,
});

const topics = defineCollection({
  loader: glob({
    base: contentRoot(),
    pattern: '*/topics/*.mdx',
    generateId: ({ entry }) => entry.replace(/\/topics\//u, '/').replace(/\.mdx$/u, ''),
  }),
  schema: topicSchema(reference('releases')),
});

export const collections = { releases, topics };
