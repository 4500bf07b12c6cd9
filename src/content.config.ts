import { defineCollection, reference } from 'astro:content';
import { releaseSchema } from './schemas/release';
import { topicSchema } from './schemas/topic';
import { contentRoot } from './lib/site/content-root';
import { releaseDataLoader } from './integrations/release-data-loader';
import { releaseGlob } from './integrations/release-loader';
import { figureSchema } from './schemas/figure';
import { instructionSchema } from './schemas/instruction';
import { personSchema } from './schemas/person';
import { dateSchema } from './schemas/date';

// Each release is one folder: `index.mdx` (metadata and lead), `topics/*.mdx` and the published
// text. Ids are the folder name (release) and `<folder>/<file name>` (topic).
const releases = defineCollection({
  loader: releaseGlob({
    base: contentRoot(),
    pattern: '*/index.mdx',
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: releaseSchema,
});

const topics = defineCollection({
  loader: releaseGlob({
    base: contentRoot(),
    pattern: '*/topics/*.mdx',
    generateId: ({ entry }) => entry.replace(/\/topics\//u, '/').replace(/\.mdx$/u, ''),
  }),
  schema: topicSchema(reference('releases')),
});

// The release as data: one collection per kind, read from each release folder's `data/<kind>.yaml`.
// Ids are `<release>/<item id>`; src/lib/data/site-release-data.ts checks every item against the text.
const figures = defineCollection({ loader: releaseDataLoader('figures'), schema: figureSchema });
const instructions = defineCollection({ loader: releaseDataLoader('instructions'), schema: instructionSchema });
const people = defineCollection({ loader: releaseDataLoader('people'), schema: personSchema });
const dates = defineCollection({ loader: releaseDataLoader('dates'), schema: dateSchema });

export const collections = { releases, topics, figures, instructions, people, dates };
