import { ContentError } from '../check/content-error.ts';
import type { DataKind } from './kinds/index.ts';
import { didYouMean } from '../text/text-difference.ts';
import type { Source } from './release-data.ts';

/**
 * The datum a data panel of an MDX body (`<KeyFigure id="…" />`) shows. Stops the build, naming the
 * topic file, when the id is unknown (offering the nearest known one) or when the datum's sentence
 * is not in this topic: a figure is shown under its own text.
 */
export function panelDatum<T extends { id: string; source: Source }>(
  component: string,
  id: string,
  items: readonly T[],
  model: { entry: { id: string }; topics: readonly { id: string; filePath?: string | undefined }[] },
  topicSlug: string | undefined,
): T {
  const topicId = `${model.entry.id}/${topicSlug ?? ''}`;
  const file = model.topics.find((topic) => topic.id === topicId)?.filePath ?? topicId;
  const unknown = unknownPanelId(
    component,
    id,
    items.map((item) => item.id),
    file,
  );
  if (unknown) throw unknown;
  const datum = items.find((item) => item.id === id);
  if (!datum) throw new Error(`no datum ${id}`);
  if (datum.source.topicId !== topicId) {
    throw new ContentError(
      file,
      `<${component} id="${id}">`,
      `its sentence is in paragraph ${datum.source.paragraph} (${datum.source.topic}), not in this topic`,
    );
  }
  return datum;
}

/** The problem with a data panel whose id is none of the release's data of its kind, if it is so. */
export function unknownPanelId(
  component: string,
  id: string,
  ids: readonly string[],
  file: string,
  line?: number,
): ContentError | undefined {
  if (ids.includes(id)) return undefined;
  return new ContentError(
    file,
    `<${component} id="${id}">`,
    `there is no such datum in the release's data${didYouMean(id, ids)} (known: ${ids.join(', ')})`,
    { line },
  );
}

/** The kind of data a panel of an MDX body shows: `<Instruction>` an instruction, `<KeyFigure>` a figure. */
export function panelKind(component: string): Extract<DataKind, 'figures' | 'instructions'> {
  return component === 'Instruction' ? 'instructions' : 'figures';
}
