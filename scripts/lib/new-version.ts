// A further language version of a release, scaffolded from its captured text: the plan (every file
// and what it holds, checked before a byte is written), the writing, and the report. The first
// version (the release folder's own files) decides the topics, their file names and order, and
// where the lead ends; its files are read, never written.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import {
  firstVersionLanguage,
  readEntryFile,
  TOPIC_FILE,
  writtenVersions,
} from '../../src/integrations/release-loader.ts';
import { isSiteLanguage, SITE_LANGUAGES, type SiteLanguage } from '../../src/lib/site/versions.ts';
import { formatDate } from '../../src/lib/text/dates.ts';
import { bodyParagraphs, readOfficialBody } from '../../src/lib/text/official-body.ts';
import { pinNewText, PINS_FILE } from '../../src/lib/text/official-texts.ts';
import { parsePublishedText, PUBLISHED_TEXT_FILE, readPublishedText } from '../../src/lib/text/published-text.ts';
import type { PublishedText } from '../../src/lib/text/published-text.ts';
import {
  attributionIssuer,
  indexFields,
  frontmatter,
  leadMeeting,
  officialBody,
  publicationDay,
  readBackProblem,
  TO_WRITE,
} from './new-release.ts';

/** The options of a new release that a further version may not take, and why. */
const RELEASE_ONLY = ['topics', 'lead', 'slug'] as const;

/**
 * Why the options given cannot scaffold a further version, or undefined: `--topics`, `--lead` and
 * `--slug` belong to a new release (a version takes its topics and lead from the first version, and
 * its folder's name is its language), and `--lang` must be a language of the site.
 */
export function versionOptionProblem(values: Record<string, unknown>): string | undefined {
  const given = RELEASE_ONLY.filter((name) => values[name] !== undefined);
  if (given.length > 0) {
    return `--${given[0] ?? ''}: a further version takes its topics and lead from the first version, and its folder is named by --lang; run again without ${given.map((name) => `--${name}`).join(', ')}`;
  }
  const lang = values['lang'];
  if (typeof lang !== 'string') {
    return `--lang: missing; name the language of the new version, one of ${SITE_LANGUAGES.join(', ')}`;
  }
  if (!isSiteLanguage(lang)) {
    return `--lang: "${lang}" is not a language of the site (${SITE_LANGUAGES.join(', ')}, src/lib/site/versions.ts); name one of them`;
  }
  return undefined;
}

/**
 * The release folder `--version-of` names: a path to it, or its name in the content folder. Its
 * parent is the content folder the version is written and pinned in. Throws when there is none.
 */
export function releaseFolder(named: string, root: string): { dir: string; root: string; release: string } {
  const candidates = [resolve(named), join(root, named)];
  const dir = candidates.find((path) => existsSync(path) && statSync(path).isDirectory());
  if (dir === undefined || !existsSync(join(dir, 'index.mdx'))) {
    const shown = relative(process.cwd(), dir ?? resolve(named)) || '.';
    throw new Error(
      dir === undefined
        ? `${shown}: no such release folder; --version-of names a release folder (content/releases/<release>, or its name)`
        : `${shown}: holds no index.mdx, so no release to add a version to; --version-of names a release folder`,
    );
  }
  return { dir, root: dirname(dir), release: basename(dir) };
}

/**
 * How many of `total` paragraphs each file takes when the first version's files take `counts`:
 * in the same proportion, each at least one, in order. With as many paragraphs as the first
 * version, the same counts.
 */
export function proportionalCounts(counts: readonly number[], total: number): number[] {
  const firstTotal = counts.reduce((sum, count) => sum + count, 0);
  const ends: number[] = [];
  let reached = 0;
  counts.forEach((count, i) => {
    reached += count;
    const left = counts.length - 1 - i;
    const end = i === counts.length - 1 ? total : Math.round((reached * total) / firstTotal);
    const previous = ends.at(-1) ?? 0;
    ends.push(Math.min(Math.max(end, previous + 1), total - left));
  });
  return ends.map((end, i) => end - (i === 0 ? 0 : (ends[i - 1] ?? 0)));
}

/** One file of the first version: where it is, its frontmatter, and how many paragraphs it holds. */
interface FirstFile {
  path: string;
  data: Record<string, unknown>;
  paragraphs: number;
}

function readFirstFile(dir: string, path: string): FirstFile {
  const file = relative(process.cwd(), join(dir, path));
  const { data, body } = readEntryFile(readFileSync(join(dir, path), 'utf8'), file);
  return { path, data, paragraphs: bodyParagraphs(readOfficialBody(body, file)).length };
}

/** A file the version will hold: its path in the version folder, its text, and its paragraphs. */
export interface PlannedFile {
  path: string;
  text: string;
  paragraphs: string[];
  /** Its paragraph numbers in the new text, and the first version's, as the report says them. */
  about: string;
}

/** Everything a further version will hold, checked before a byte is written. */
export interface VersionPlan {
  root: string;
  release: string;
  lang: SiteLanguage;
  /** The version's folder: `<release>/<lang>`. */
  dir: string;
  published: PublishedText;
  day: Date;
  meeting: { date: Date; place: string };
  index: PlannedFile;
  topics: PlannedFile[];
  /** The paragraphs of the first version and of this one: alignment is to write where they differ. */
  counts: { first: number; here: number };
  /** The languages the first version's `versions.published` names, where it has the field. */
  publishedLanguages: string[] | undefined;
}

const numbers = (from: number, count: number): string =>
  count === 1 ? `paragraph ${from}` : `paragraphs ${from}–${from + count - 1}`;

/** The YAML comment that stands where `alignment` is to be written, with the counts and an example. */
export function alignmentPlaceholder(first: number, here: number): string {
  return [
    `# ${TO_WRITE} alignment. The first version has ${first} paragraphs and this one ${here}, so some split or join:`,
    '# name each such group by its paragraph numbers (the others match one for one, in order), such as',
    '# alignment:',
    '#   - first: [4] # paragraph 4 of the first version',
    '#     here: [4, 5] # says what paragraphs 4 and 5 of this one say',
    '',
  ].join('\n');
}

/**
 * The plan of a further version in `lang` of the release in `dir`, from its captured text
 * (`text`, normalised; `source` names it). Throws, naming the file and what to do, when the
 * release already has a version in that language or its first version is in it, or when the text
 * cannot make a version of the release.
 */
export function planVersion(options: {
  root: string;
  dir: string;
  release: string;
  lang: SiteLanguage;
  text: string;
  source: string;
}): VersionPlan {
  const { root, dir, release, lang, text, source } = options;
  const shown = (...parts: string[]): string => relative(process.cwd(), join(dir, ...parts)) || '.';
  const firstLang = firstVersionLanguage(dir);
  if (lang === firstLang) {
    throw new Error(
      `${shown()}: its own files are its ${lang} version already (index.mdx: versions.reproduced, English where it names none); --lang names another language`,
    );
  }
  const versionDir = join(dir, lang);
  if (existsSync(versionDir)) {
    throw new Error(
      `${shown(lang)}: already exists; a version folder is never overwritten: edit it, or remove it first to scaffold it anew`,
    );
  }
  // The first version: its lead and its topics in order, with their paragraph counts.
  let index: FirstFile;
  let topics: FirstFile[];
  let firstCount: number;
  try {
    index = readFirstFile(dir, 'index.mdx');
    const names = existsSync(join(dir, 'topics'))
      ? readdirSync(join(dir, 'topics'))
          .filter((name) => TOPIC_FILE.test(name))
          .sort()
      : [];
    topics = names
      .map((name) => readFirstFile(dir, join('topics', name)))
      .sort((a, b) => Number(a.data['order']) - Number(b.data['order']));
    firstCount = readPublishedText(dir, shown()).published.paragraphs.length;
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\n${shown()}: the first version cannot be read as the build reads it; run npm run check and fix it first`,
      { cause: error },
    );
  }
  const counts = [index, ...topics].map((file) => file.paragraphs);
  if (counts.reduce((sum, count) => sum + count, 0) !== firstCount || counts.some((count) => count === 0)) {
    throw new Error(
      `${shown()}: the first version's files do not hold each of its ${firstCount} paragraphs once, so they cannot say where this version's split; run npm run check and fix it first`,
    );
  }
  const published = parsePublishedText(text, source);
  const day = publicationDay(published, source);
  const meeting = leadMeeting(published.paragraphs[0] ?? '', source);
  const hereCount = published.paragraphs.length;
  if (hereCount < counts.length) {
    throw new Error(
      `${source}: paragraphs: ${hereCount}, too few for the first version's lead and ${topics.length} topic${topics.length === 1 ? '' : 's'} of at least one paragraph each`,
    );
  }
  const split = hereCount === firstCount ? counts : proportionalCounts(counts, hereCount);
  const runs: string[][] = [];
  let from = 0;
  for (const count of split) {
    runs.push(published.paragraphs.slice(from, from + count));
    from += count;
  }
  const about = (i: number): string => {
    const here = 1 + split.slice(0, i).reduce((sum, count) => sum + count, 0);
    const there = 1 + counts.slice(0, i).reduce((sum, count) => sum + count, 0);
    return `${numbers(here, split[i] ?? 0)} (the first version's ${numbers(there, counts[i] ?? 0)})`;
  };
  const indexText =
    frontmatter(
      indexFields(
        published,
        day,
        meeting,
        "a summary of the release in this version's language, for listings and the page description",
      ),
    ).replace(/---\n$/u, hereCount === firstCount ? '---\n' : `${alignmentPlaceholder(firstCount, hereCount)}---\n`) +
    officialBody(runs[0] ?? []);
  const planned: PlannedFile[] = [
    { path: 'index.mdx', text: indexText, paragraphs: runs[0] ?? [], about: `the lead, ${about(0)}` },
    ...topics.map((topic, i) => {
      const n = i + 1;
      return {
        path: topic.path,
        text:
          frontmatter({
            order: topic.data['order'],
            label: `${TO_WRITE} label ${n}`,
            title: `${TO_WRITE} title of topic ${n}`,
            summary: `${TO_WRITE} a summary of topic ${n} in this version's language`,
          }) + officialBody(runs[n] ?? []),
        paragraphs: runs[n] ?? [],
        about: `topic ${String(topic.data['order'])}: ${about(n)}`,
      };
    }),
  ];
  for (const file of planned) {
    const problem = readBackProblem(file, relative(process.cwd(), join(versionDir, file.path)));
    if (problem) throw new Error(problem);
  }
  return {
    root,
    release,
    lang,
    dir: versionDir,
    published,
    day,
    meeting,
    index: planned[0] as PlannedFile,
    topics: planned.slice(1),
    counts: { first: firstCount, here: hereCount },
    publishedLanguages: writtenVersions(index.data).published,
  };
}

/**
 * Writes the version's folder whole (into a folder beside it, then moved into place, so that a
 * failure leaves nothing half-written for the build to stop on) and pins its text alone.
 */
export function writeVersion(plan: VersionPlan, text: string): void {
  const shown = relative(process.cwd(), plan.dir);
  const partial = join(dirname(plan.dir), `.${plan.lang}.${process.pid}.partial`);
  try {
    mkdirSync(join(partial, 'topics'), { recursive: true });
    writeFileSync(join(partial, PUBLISHED_TEXT_FILE), text);
    for (const file of [plan.index, ...plan.topics]) writeFileSync(join(partial, file.path), file.text);
    renameSync(partial, plan.dir);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw new Error(`${shown}: cannot be written (${(error as Error).message})`, { cause: error });
  }
  try {
    pinNewText(plan.root, `${plan.release}/${plan.lang}`);
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\nthe folder ${shown} is written; pin its text with npm run pin-texts`,
      {
        cause: error,
      },
    );
  }
}

/** What the editor reads after the version is written: what it holds, what to check, what to write. */
export function versionReport(plan: VersionPlan, source: string, changes: readonly string[], env: string): string {
  const at = (path: string): string => relative(process.cwd(), join(plan.dir, path));
  const first = relative(process.cwd(), join(plan.root, plan.release));
  const { index, topics, counts } = plan;
  const out: string[] = [`Read ${source}:`];
  out.push(
    ...(changes.length === 0
      ? ['  nothing to undo: no byte-order mark, CR, trailing spaces or extra blank lines']
      : changes.map((change) => `  ${change}`)),
  );
  out.push('', `Wrote ${relative(process.cwd(), plan.dir)}/, the ${plan.lang} version of ${first}/`);
  out.push(`  ${PUBLISHED_TEXT_FILE}  the version as captured, ${counts.here} paragraphs`);
  out.push(`  ${index.path}  its frontmatter and ${index.about}`);
  for (const topic of topics) out.push(`  ${topic.path}  ${topic.about}`);
  out.push(
    '',
    `Pinned the new text in ${relative(process.cwd(), join(plan.root, PINS_FILE))}; commit it with the folder`,
  );
  if (counts.here !== counts.first) {
    out.push(
      '',
      `Paragraphs: ${counts.here} here, ${counts.first} in the first version, so the files' paragraphs are split in`,
      `the first version's proportion, which cannot know where paragraphs split or join. Write`,
      `alignment in ${at(index.path)} (its comment shows how), then move paragraphs between the files so`,
      `that each topic holds what the first version's does; npm run check names the alignment until it is written.`,
    );
  }
  out.push('', 'Read from the text; check each against it:');
  out.push(`  ${at(index.path)}: published: ${formatDate(plan.day)} (the date line: "${plan.published.dateLine}")`);
  out.push(
    `  ${at(index.path)}: meeting.date: ${formatDate(plan.meeting.date)}, meeting.place: ${plan.meeting.place} (paragraph 1)`,
  );
  out.push(
    `  ${at(index.path)}: issuer: ${attributionIssuer(plan.published.attribution)} (the attribution; shorten it to the office's name as the text writes it)`,
  );
  out.push('', `Still to write (each says "${TO_WRITE}" until it is written):`);
  if (counts.here !== counts.first) out.push(`  ${at(index.path)}: alignment`);
  out.push(`  ${at(index.path)}: shortTitle`, `  ${at(index.path)}: summary`);
  out.push(`  ${at(index.path)}: source (optional: the original page of this version, "url:" and "retrieved:")`);
  for (const topic of topics) {
    for (const field of ['label', 'title', 'summary']) out.push(`  ${at(topic.path)}: ${field}`);
  }
  out.push(
    `  data (optional): ${relative(process.cwd(), join(plan.dir, 'data'))}/<kind>.yaml, and the panels in the topics, as in the first version`,
  );
  if (plan.publishedLanguages !== undefined && !plan.publishedLanguages.includes(plan.lang)) {
    out.push(
      '',
      `Reminder: ${first}/index.mdx: versions.published (${plan.publishedLanguages.join(', ')}) does not name ${plan.lang};`,
      `  add it there if the Office published this version (this command never edits the first version's files)`,
    );
  } else if (plan.publishedLanguages === undefined) {
    out.push(
      '',
      `Reminder: ${first}/index.mdx has no versions field; add "versions: { reproduced: <its language>, published: [...] }"`,
      `  naming every language the Office published the release in (this command never edits the first version's files)`,
    );
  }
  out.push('', 'Next:', `  ${env}npm run check     names what is left to write`);
  out.push(
    `  ${env}npm run dev       the version at http://localhost:4321/${plan.lang === 'en' ? '' : `${plan.lang}/`}releases/${plan.release}/`,
  );
  out.push(`  ${env}npm run build`);
  return out.join('\n');
}
