import { dirname, join } from 'node:path';
import { ContentError } from './content-error.ts';
import { checkReleaseData, ReleaseDataError, type ReleaseDataInput } from '../data/release-data-check.ts';
import { checkEditorialVerbs } from '../data/reporting-verbs.ts';
import { paragraphPlaces, type Source } from '../data/release-data.ts';
import { panelDatum, panelKind } from '../data/panel-datum.ts';
import type { ReleaseData } from '../data/kinds/index.ts';
import { compositionDifference, firstDifference, skeleton } from '../text/look-alike.ts';
import type { ReleaseEntryLike, ReleaseModel, TopicEntryLike } from '../text/release-model.ts';
import { versionOf } from '../site/versions.ts';

/** A release model as the checks across releases read it. */
type AnyModel = ReleaseModel<
  ReleaseEntryLike<ReleaseEntryLike['data'] & { shortTitle: string; summary: string }>,
  TopicEntryLike<{ order: number; label: string; title: string; summary: string }>
>;

const fileOf = (entry: { id: string; filePath?: string | undefined }): string => entry.filePath ?? entry.id;

/** Two folders holding the same release (a copy, a look-alike) would list it twice under two addresses. */
export function sameReleaseTwice(releases: readonly AnyModel[]): ContentError[] {
  const problems: ContentError[] = [];
  const seen = new Map<string, { id: string; file: string }>();
  for (const { entry } of [...releases].sort((a, b) => a.entry.id.localeCompare(b.entry.id))) {
    const file = fileOf(entry);
    const key = `${entry.data.headline}\u0000${entry.data.published.toISOString()}`;
    const other = seen.get(key);
    // Two language versions of one release are one release.
    if (other && versionOf(other.id).release !== versionOf(entry.id).release) {
      problems.push(
        new ContentError(
          file,
          'headline',
          `${other.file} has the same headline and publication date: one release is published once; remove one of the two folders`,
        ),
      );
      continue;
    }
    seen.set(key, { id: entry.id, file });
  }
  return problems;
}

/**
 * A topic's label is its name in the search filter and the CSV files: two labels that read alike
 * but differ (a Cyrillic і, a different case) would show two topics no reader can tell apart, and
 * two topics of one release with one label could not be told apart at all.
 */
export function lookAlikeLabels(releases: readonly AnyModel[]): ContentError[] {
  const problems: ContentError[] = [];
  const labels = new Map<string, { label: string; file: string; release: string }>();
  for (const { entry, topics } of releases) {
    for (const topic of topics) {
      const file = fileOf(topic);
      const { label } = topic.data;
      const other = labels.get(skeleton(label));
      if (other && (other.label !== label || other.release === entry.id)) {
        problems.push(
          new ContentError(
            file,
            'label',
            other.label === label
              ? `"${label}" is also the label of ${other.file}: each topic of a release needs a label of its own`
              : `"${label}" reads like "${other.label}" (${other.file}) but is another text (${compositionDifference(label, other.label, other.file) ?? firstDifference(label, other.label)}); use the same label for the same topic, or one that reads differently`,
          ),
        );
      }
      if (!other) labels.set(skeleton(label), { label, file, release: entry.id });
    }
  }
  return problems;
}

/**
 * A release's data, checked against its official text; then every editorial text of the release
 * (short title, summaries, labels, titles, what an instruction asks for), checked to say no more
 * than the text does. Fails with every problem found.
 */
export function checkedData(model: AnyModel, input: ReleaseDataInput): ReleaseData {
  const id = model.entry.id;
  const places = paragraphPlaces(model);
  const data = checkReleaseData(input, model.published.paragraphs, (n) => {
    const place = places[n - 1];
    if (!place) throw new Error(`release ${id}: paragraph ${n} is on no page`);
    return place;
  });
  const releaseFile = fileOf(model.entry);
  const editorial = checkEditorialVerbs(
    [
      ...(['shortTitle', 'summary'] as const).map((field) => ({
        file: releaseFile,
        field,
        text: model.entry.data[field],
        instructions: data.instructions,
      })),
      ...model.topics.flatMap((topic) => {
        const instructions = data.instructions.filter((one) => one.source.topicId === topic.id);
        return (['label', 'title', 'summary'] as const).map((field) => ({
          file: fileOf(topic),
          field,
          text: topic.data[field],
          instructions,
        }));
      }),
      // What an instruction asks for follows its verb on every line that shows it.
      ...data.instructions.map((instruction) => ({
        file: join(dirname(releaseFile), 'data', 'instructions.yaml'),
        field: `${instruction.id}: what`,
        text: instruction.data.what,
        instructions: [instruction],
      })),
    ],
    data.people,
  );
  // Each data panel a body places shows a datum of the release whose sentence is in that body's topic.
  const panels = [...model.panels].flatMap(([entryId, list]) =>
    list.flatMap((panel) => {
      const items: readonly { id: string; source: Source }[] = data[panelKind(panel.name)];
      try {
        panelDatum(panel.name, panel.id, items, model, entryId === id ? undefined : entryId.slice(id.length + 1));
        return [];
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        return [
          new ContentError(error.file, error.field, [error.what, ...error.detail].join('\n'), { line: panel.line }),
        ];
      }
    }),
  );
  const problems = [...panels, ...editorial];
  if (problems.length > 0) {
    throw new ReleaseDataError(
      problems,
      panels.length === 0
        ? 'an editorial text says more than the official text'
        : 'a data panel or an editorial text does not match the data',
    );
  }
  return data;
}

/**
 * A further version in a language the first version's `versions.published` does not name: the
 * pages would say the Office did not publish the text they show. Named on the first version's
 * field, where the editor adds the language.
 */
export function unpublishedVersion(
  first: { file: string; versions: { published: readonly string[] } | undefined },
  version: { lang: string; file: string },
): ContentError | undefined {
  if (first.versions === undefined || first.versions.published.includes(version.lang)) return undefined;
  return new ContentError(
    first.file,
    'versions.published',
    `does not name ${version.lang}, the language of the version in ${dirname(version.file)}: add it if the Office published the release in that language, or remove that folder`,
  );
}

/**
 * A further version's topics against the first version's: the same topic files, under the same
 * names, so that each topic page has its counterpart in every version (the language switcher and
 * the alternates lead to it). A missing topic is named in the version's `topics/` folder, an extra
 * one by its file.
 */
export function topicMismatches(
  first: { dir: string; topics: readonly string[] },
  version: { dir: string; topics: readonly string[] },
): ContentError[] {
  const problems: ContentError[] = [];
  for (const topic of first.topics.filter((name) => !version.topics.includes(name))) {
    problems.push(
      new ContentError(
        join(version.dir, 'topics'),
        `${topic}.mdx`,
        `is missing: each version has the first version's topics under the same file names (${first.topics.map((name) => `${name}.mdx`).join(', ')})`,
      ),
    );
  }
  for (const topic of version.topics.filter((name) => !first.topics.includes(name))) {
    problems.push(
      new ContentError(
        join(version.dir, 'topics', `${topic}.mdx`),
        'file name',
        `is not a topic of the first version (${first.topics.map((name) => `${name}.mdx`).join(', ')}); name it as the topic it translates`,
      ),
    );
  }
  return problems;
}
