import { didYouMean } from '../../lib/text/text-difference.ts';
import type { Source } from '../../lib/data/release-data.ts';

/**
 * The datum an inline MDX component shows. Stops the build, naming the topic file, when the id is
 * unknown or when the datum's sentence is not in this topic: a figure is shown under its own text.
 */
export function inlineDatum<T extends { id: string; source: Source }>(
  component: string,
  id: string,
  items: readonly T[],
  model: { entry: { id: string }; topics: readonly { id: string; filePath?: string | undefined }[] },
  topicSlug: string | undefined,
): T {
  const topicId = `${model.entry.id}/${topicSlug ?? ''}`;
  const file = model.topics.find((topic) => topic.id === topicId)?.filePath ?? topicId;
  const datum = items.find((item) => item.id === id);
  if (!datum) {
    throw new Error(
      `${file}: <${component} id="${id}">: there is no such datum in the release's data${didYouMean(
        id,
        items.map((item) => item.id),
      )} (known: ${items.map((item) => item.id).join(', ')})`,
    );
  }
  if (datum.source.topicId !== topicId) {
    throw new Error(
      `${file}: <${component} id="${id}">: its sentence is in paragraph ${datum.source.paragraph} (${datum.source.topic}), not in this topic`,
    );
  }
  return datum;
}
