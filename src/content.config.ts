import { defineCollection } from 'astro:content';
import { releaseSchema } from './schemas/release.ts';
import { topicSchema } from './schemas/topic.ts';
import { releaseDataLoader } from './integrations/release-data-loader.ts';
import { releaseFiles } from './integrations/release-loader.ts';
import { dataKinds, type DataKind, type KindOf } from './lib/data/kinds/index.ts';

// Each release is one folder: `index.mdx` (metadata and lead), `topics/*.mdx` and the published
// text. Ids are the folder name (release) and `<folder>/<file name>` (topic).
const releases = defineCollection({ loader: releaseFiles('releases', releaseSchema), schema: releaseSchema });

const topics = defineCollection({ loader: releaseFiles('topics', topicSchema()), schema: topicSchema() });

// The release as data: one collection per kind of the registry (src/lib/data/kinds/), read from
// each release folder's `data/<kind>.yaml`. Ids are `<release>/<item id>`;
// src/lib/site/releases.ts checks every item against the text.
function dataCollection<K extends DataKind>(kind: KindOf<K>) {
  return defineCollection({ loader: releaseDataLoader(kind.id), schema: kind.schema as KindOf<K>['schema'] });
}
// The cast keeps each collection's own schema type, which a list of kinds cannot carry by itself.
const dataCollections = Object.fromEntries(dataKinds.map((kind) => [kind.id, dataCollection(kind)])) as {
  [K in DataKind]: ReturnType<typeof dataCollection<K>>;
};

export const collections = { releases, topics, ...dataCollections };
