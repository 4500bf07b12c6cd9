import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { isMap, isSeq, parseDocument } from 'yaml';
import { parseDataItem, parseFrontmatter, placeIn, type PathPart } from './schema-problems.ts';
import { ContentError, problemsOf, sortProblems } from './content-error.ts';
import {
  checkedData,
  lookAlikeLabels,
  sameReleaseTwice,
  topicMismatches,
  unpublishedVersion,
} from './release-checks.ts';
import {
  bodyLine,
  readEntryFile,
  TOPIC_FILE,
  unreadFiles,
  versionFieldProblems,
  versionFolders,
  type VersionFolder,
} from '../../integrations/release-loader.ts';
import { alignParagraphs, type AlignedGroup } from '../text/alignment.ts';
import { dataFile, readDataItems } from '../../integrations/release-data-loader.ts';
import { releaseSchema } from '../../schemas/release.ts';
import { topicSchema } from '../../schemas/topic.ts';
import { checkOrder, dataKinds } from '../data/kinds/index.ts';
import { panelKind, unknownPanelId } from '../data/panel-datum.ts';
import { checkReleaseData, type ReleaseDataInput } from '../data/release-data-check.ts';
import { glyphProblems } from '../fonts/glyph-check.ts';
import { loadSerifFonts } from '../fonts/serif-fonts.ts';
import { pinProblems } from '../text/official-texts.ts';
import { paragraphProblems, readOfficialBody } from '../text/official-body.ts';
import { decodeUtf8, PUBLISHED_TEXT_FILE, readPublishedText, type PublishedText } from '../text/published-text.ts';
import { releaseFieldProblems, releaseModel, topicsByRelease, type ReleaseModel } from '../text/release-model.ts';

/** What one run of the checks found. */
export interface ContentCheck {
  /** Every problem, sorted by file, then line. */
  problems: ContentError[];
  /** The release folders read. */
  releases: number;
  /** The content files read. */
  files: number;
}

/** An entry read from an MDX file as the site reads it, with the line its body starts on. */
interface ReadEntry<D> {
  id: string;
  filePath: string;
  body: string;
  bodyLine: number;
  data: D;
}

/** Reads an MDX file's frontmatter by `schema`; every problem goes to `problems`. */
async function readEntry<S extends z.ZodType>(
  path: string,
  id: string,
  schema: S,
  problems: ContentError[],
  /** For a release's index.mdx: whether it is the first version's (see versionFieldProblems). */
  firstVersion?: boolean,
): Promise<ReadEntry<z.output<S>> | undefined> {
  const file = relative(process.cwd(), path);
  try {
    const text = decodeUtf8(readFileSync(path), file);
    const { data, body } = readEntryFile(text, file);
    if (firstVersion !== undefined) problems.push(...versionFieldProblems(data, text, file, firstVersion));
    const parsed = await parseFrontmatter(schema, data, text, file);
    return { id, filePath: file, body, bodyLine: bodyLine(text, body), data: parsed };
  } catch (error) {
    problems.push(...problemsOf(error, file));
    return undefined;
  }
}

/** A release as the check reads it. */
type CheckedModel = ReleaseModel<
  ReadEntry<z.output<typeof releaseSchema>>,
  ReadEntry<z.output<ReturnType<typeof topicSchema>>>
>;

/** Where a datum shows, for checking data when the release's pages are not in order. */
const NO_PLACE = { topic: '', topicId: undefined, page: '' };

/**
 * Runs every check the build runs on the content, without building a page, and gathers every
 * problem rather than stopping at the first: the folders and file names, the pins of the official
 * texts, each file's frontmatter by its schema, each body's paragraphs against the published text
 * and their order, the headline, attribution and dates, the data by their schemas and against the
 * text, the references between data and from bodies to data, the editorial words, and the glyphs the
 * PDF's and cards' fonts must have. A release whose files cannot be read is checked as far as
 * they go; checks that need what failed are left for the next run.
 */
export async function checkContent(root: string): Promise<ContentCheck> {
  const problems: ContentError[] = [...unreadFiles(root), ...pinProblems(root)];
  const fonts = await loadSerifFonts();
  const models: CheckedModel[] = [];
  let releases = 0;
  let files = 0;
  // Each version's paragraphs, for matching the further versions' to the first's.
  const versionsRead: {
    version: VersionFolder;
    paragraphs: number;
    alignment: AlignedGroup[];
    file: string;
    versions: { published: readonly string[] } | undefined;
    topics: string[];
  }[] = [];
  for (const version of versionFolders(root)) {
    const { dir, id: folder } = version;
    const at = (...parts: string[]): string => relative(process.cwd(), join(dir, ...parts));
    if (version.first) releases += 1;
    if (!existsSync(join(dir, 'index.mdx'))) {
      problems.push(
        new ContentError(
          at(),
          '',
          version.first
            ? 'holds no release: a release folder needs index.mdx'
            : 'holds no version of the release: a version folder needs index.mdx',
        ),
      );
      continue;
    }
    let published: PublishedText | undefined;
    try {
      published = readPublishedText(dir, at()).published;
      files += 1;
    } catch (error) {
      problems.push(...problemsOf(error, at(PUBLISHED_TEXT_FILE)));
    }
    const before = problems.length;
    files += 1;
    const topicFiles = existsSync(join(dir, 'topics'))
      ? readdirSync(join(dir, 'topics'))
          .filter((name) => TOPIC_FILE.test(name))
          .sort()
      : [];
    const release = await readEntry(join(dir, 'index.mdx'), folder, releaseSchema, problems, version.first);
    if (release && published) {
      versionsRead.push({
        version,
        paragraphs: published.paragraphs.length,
        alignment: release.data.alignment ?? [],
        file: release.filePath,
        versions: release.data.versions,
        topics: topicFiles.map((name) => name.slice(0, -'.mdx'.length)),
      });
    }
    const topics = [];
    for (const name of topicFiles) {
      files += 1;
      const topic = await readEntry(
        join(dir, 'topics', name),
        `${folder}/${name.slice(0, -4)}`,
        topicSchema(),
        problems,
      );
      if (topic) topics.push(topic);
    }
    try {
      topicsByRelease([folder], topics);
    } catch (error) {
      problems.push(...problemsOf(error, at('topics')));
    }
    // Each body: what it may hold, always; its paragraphs against the published text, where it was
    // read; and the data panels it places.
    const panels: { name: string; id: string; line: number | undefined; file: string }[] = [];
    for (const entry of [release, ...topics]) {
      if (!entry) continue;
      try {
        const blocks = readOfficialBody(entry.body, entry.filePath, entry.bodyLine);
        if (published) {
          problems.push(...paragraphProblems(blocks, published.paragraphs, entry.filePath, at(PUBLISHED_TEXT_FILE)));
        }
        for (const block of blocks) {
          if (block.kind === 'component') panels.push({ ...block, file: entry.filePath });
        }
      } catch (error) {
        problems.push(...problemsOf(error, entry.filePath));
      }
    }
    // The order across the files needs every file read and every paragraph found; nothing else.
    const bodiesRead = problems.length === before;
    // The data, each file by its kind's schema.
    const input: Partial<Record<string, { id: string; file: string; data: unknown }[]>> = {};
    const unread = new Set<string>();
    for (const kind of dataKinds) {
      const path = join(dir, dataFile(kind.id));
      input[kind.id] = [];
      if (!existsSync(path)) continue;
      files += 1;
      const file = relative(process.cwd(), path);
      try {
        const text = decodeUtf8(readFileSync(path), file);
        const items = readDataItems(text, file);
        for (const [index, { id, item }] of items.entries()) {
          try {
            input[kind.id]?.push({ id, file, data: await parseDataItem(kind.schema, item, { text, file, index, id }) });
          } catch (error) {
            unread.add(kind.id);
            problems.push(...problemsOf(error, file));
          }
        }
      } catch (error) {
        unread.add(kind.id);
        problems.push(...problemsOf(error, file));
      }
    }
    // The release's own fields against its text, as soon as both are read.
    if (release && published) problems.push(...releaseFieldProblems(release, published));
    // The order of the paragraphs across the files needs every file read and every paragraph found.
    let model: CheckedModel | undefined;
    if (release && published && topics.length === topicFiles.length && bodiesRead) {
      try {
        model = releaseModel(release, topics, published, at(PUBLISHED_TEXT_FILE));
        models.push(model);
      } catch (error) {
        problems.push(...problemsOf(error, release.filePath));
      }
    }
    if (model) problems.push(...glyphProblems(model, fonts));
    // A kind that could not be read is left out, with every kind that refers to it: their
    // references would all fail. The others are checked.
    for (const kind of checkOrder) {
      if ((kind.needs ?? []).some((needed) => unread.has(needed.id))) unread.add(kind.id);
    }
    for (const id of unread) input[id] = [];
    for (const panel of panels) {
      const kind = panelKind(panel.name);
      if (unread.has(kind)) continue;
      const ids = (input[kind] ?? []).map((entry) => entry.id);
      const unknown = unknownPanelId(panel.name, panel.id, ids, panel.file, panel.line);
      if (unknown) problems.push(unknown);
    }
    if (!published) continue;
    try {
      // Without the release's pages in order, the data are still checked against the text; only
      // where each datum shows (its topic) and the panels and editorial words wait for the order.
      if (model && unread.size === 0) checkedData(model, input as ReleaseDataInput);
      else checkReleaseData(input as ReleaseDataInput, published.paragraphs, () => NO_PLACE);
    } catch (error) {
      problems.push(...problemsOf(error, at()));
    }
  }
  // Each further version against the first: its language, its topics, its paragraphs.
  for (const { version, paragraphs, alignment, file, topics } of versionsRead) {
    if (version.first) continue;
    const first = versionsRead.find((one) => one.version.first && one.version.release === version.release);
    if (!first) continue;
    const unpublished = unpublishedVersion(first, { lang: version.lang, file });
    if (unpublished) problems.push(unpublished);
    problems.push(
      ...topicMismatches({ dir: dirname(first.file), topics: first.topics }, { dir: dirname(file), topics }),
    );
    try {
      alignParagraphs(first.paragraphs, paragraphs, alignment, file);
    } catch (error) {
      problems.push(...problemsOf(error, file));
    }
  }
  problems.push(...sameReleaseTwice(models), ...lookAlikeLabels(models));
  return { problems: placed(sortProblems(problems)), releases, files };
}

/**
 * Gives a line to each data problem that has none: the line of the datum's field in its YAML file
 * (`<id>: <field>` names them), or the datum's own line.
 */
function placed(problems: readonly ContentError[]): ContentError[] {
  const texts = new Map<string, string>();
  const textOf = (file: string): string | undefined => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(file, 'utf8'));
      } catch {
        return undefined;
      }
    }
    return texts.get(file);
  };
  const sorted = problems.map((problem) => {
    if (problem.line !== undefined) return problem;
    const text = textOf(problem.file);
    if (text !== undefined && problem.file.endsWith('.mdx')) {
      // A field of the frontmatter, which starts on the file's second line.
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1] ?? '';
      const at = placeIn(frontmatter, problem.field.split('.'), 2);
      if (at.found === 0) return problem;
      return new ContentError(problem.file, problem.field, [problem.what, ...problem.detail].join('\n'), at);
    }
    if (!/\.ya?ml$/u.test(problem.file)) return problem;
    const match = /^([^:]+): (.+)$/u.exec(problem.field);
    if (text === undefined || !match) return problem;
    const [, id = '', field = ''] = match;
    const document = parseDocument(text);
    const items = isSeq(document.contents) ? document.contents.items : [];
    // An item is named by its id, or by its place (`item 2`) when it has none.
    const numbered = /^item (\d+)$/u.exec(id);
    const index = numbered
      ? Number(numbered[1]) - 1
      : items.findIndex((item) => isMap(item) && (item.get('id') as unknown) === id);
    if (index < 0) return problem;
    // `source.sentence`, `mentions[2].as`: a list's place is 1-based, as messages count.
    const path = field.split('.').flatMap((part): PathPart[] => {
      const listed = /^(.+)\[(\d+)\]$/u.exec(part);
      return listed ? [listed[1] ?? '', Number(listed[2]) - 1] : [part];
    });
    const { line, column } = placeIn(text, [index, ...path]);
    return new ContentError(problem.file, problem.field, [problem.what, ...problem.detail].join('\n'), {
      line,
      column,
    });
  });
  return sortProblems(sorted);
}
