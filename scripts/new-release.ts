// Turns a captured press release into a new release folder that builds at once:
// `npm run new-release -- <captured text file> [--topics N] [--lead N] [--slug <slug>] [--content <dir>]`.
// It writes press-release.txt (the capture, with only what a copy from a web page adds undone),
// index.mdx (the fields the text gives, and the lead), one MDX file per topic, pins the new text,
// and lists the editorial fields still to write. It never overwrites a release folder.
// With `--version-of <release folder> --lang <ru|kk|en>`, it writes a further language version of
// that release instead, in `<release>/<lang>/`, its topics and lead split as the first version's
// (scripts/lib/new-version.ts). It never edits the first version's files.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/site/content-root.ts';
import type { SiteLanguage } from '../src/lib/site/versions.ts';
import { releaseFolderProblem } from '../src/lib/site/routes.ts';
import { formatDate, isoDate } from '../src/lib/text/dates.ts';
import { pinNewText, PINS_FILE } from '../src/lib/text/official-texts.ts';
import {
  decodeUtf8,
  parsePublishedText,
  PUBLISHED_TEXT_FILE,
  readPublishedText,
} from '../src/lib/text/published-text.ts';
import {
  addressWords,
  attributionIssuer,
  evenRuns,
  frontmatter,
  indexFields,
  leadMeeting,
  normaliseCapture,
  officialBody,
  publicationDay,
  readBackProblem,
  TO_WRITE,
  topicNames,
} from './lib/new-release.ts';
import { planVersion, releaseFolder, versionOptionProblem, versionReport, writeVersion } from './lib/new-version.ts';

const USAGE = [
  'usage: npm run new-release -- <captured text file> [--topics N] [--lead N] [--slug <slug>] [--content <dir>]',
  '       npm run new-release -- <captured text file> --version-of <release folder> --lang <ru|kk|en> [--content <dir>]',
].join('\n');

/** Stops with a message and exit code 1: the editor's mistake, not a program's, so no stack trace. */
function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A whole number of at least 1 given for `option`, or the default. */
function count(value: string | undefined, option: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[1-9]\d*$/u.test(value)) stop(`--${option}: "${value}" is not a whole number of at least 1\n${USAGE}`);
  return Number(value);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      topics: { type: 'string' },
      lead: { type: 'string' },
      slug: { type: 'string' },
      content: { type: 'string' },
      'version-of': { type: 'string' },
      lang: { type: 'string' },
    },
  });
}
try {
  args = parse();
} catch (error) {
  stop(`${(error as Error).message}\n${USAGE}`);
}
const [first, ...extra] = args.positionals;
if (first === undefined || extra.length > 0) stop(USAGE);
/** The captured text file, as given and as messages name it. */
const source: string = first;
const versionOf = args.values['version-of'];
if (versionOf !== undefined) {
  const problem = versionOptionProblem(args.values);
  if (problem) stop(problem);
} else if (args.values.lang !== undefined) {
  stop(`--lang: names the language of a further version, given with --version-of <release folder>\n${USAGE}`);
}
const topicCount = count(args.values.topics, 'topics', 1);
const leadCount = count(args.values.lead, 'lead', 1);
const root = args.values.content === undefined ? contentRoot() : contentRoot({ CONTENT_DIR: args.values.content });
const shown = (path: string): string => relative(process.cwd(), path) || '.';

// Read the capture and undo what the copy added; everything after works on the text as it will be kept.
let raw: string;
try {
  raw = decodeUtf8(new Uint8Array(readFileSync(source)), source);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  stop(code === undefined ? (error as Error).message : `${source}: cannot be read (${code})`);
}
const { text, changes } = normaliseCapture(raw);
if (versionOf !== undefined) {
  try {
    const release = releaseFolder(versionOf, root);
    const lang = args.values.lang as SiteLanguage; // checked by versionOptionProblem
    const planned = planVersion({ ...release, lang, text, source });
    writeVersion(planned, text);
    // The build reads another content folder only when CONTENT_DIR names it.
    const env = release.root === contentRoot({}) ? '' : `CONTENT_DIR=${shown(release.root)} `;
    console.log(versionReport(planned, source, changes, env));
  } catch (error) {
    stop((error as Error).message);
  }
  process.exit(0);
}
let planned: ReturnType<typeof plan>;
try {
  planned = plan();
} catch (error) {
  stop((error as Error).message);
}

/** Everything the folder will hold, checked before a byte is written. */
function plan() {
  const published = parsePublishedText(text, source);
  const day = publicationDay(published, source);
  const folder = `${isoDate(day)}-${args.values.slug ?? addressWords(published.headline, 6)}`;
  const badName = releaseFolderProblem(folder);
  if (args.values.slug !== undefined && badName) throw new Error(`--slug: "${args.values.slug}": ${badName}`);
  if (folder.endsWith('-') || badName) {
    throw new Error(
      `${source}: headline: gives no words in Latin or Cyrillic letters for the folder's name; name it with --slug <lower-case-words>`,
    );
  }
  const dir = join(root, folder);
  if (existsSync(dir)) {
    throw new Error(
      `${shown(dir)}: already exists; a release folder is never overwritten: choose another --slug or remove the folder first`,
    );
  }
  for (const other of existsSync(root) ? readdirSync(root, { withFileTypes: true }) : []) {
    if (!other.isDirectory() || !existsSync(join(root, other.name, PUBLISHED_TEXT_FILE))) continue;
    let twin: { headline: string; dateLine: string };
    try {
      twin = readPublishedText(join(root, other.name), shown(join(root, other.name))).published;
    } catch {
      continue; // a text the build will name itself; it is no reason to refuse another release
    }
    if (twin.headline === published.headline && twin.dateLine === published.dateLine) {
      throw new Error(`${shown(join(root, other.name))}: holds this release already (the same headline and date line)`);
    }
  }
  if (published.paragraphs.length < leadCount + topicCount) {
    throw new Error(
      `${source}: paragraphs: ${published.paragraphs.length}, too few for a lead of ${leadCount} and ${topicCount} topic${topicCount === 1 ? '' : 's'} of at least one paragraph each`,
    );
  }
  const meeting = leadMeeting(published.paragraphs[0] ?? '', source);
  const lead = published.paragraphs.slice(0, leadCount);
  const runs = evenRuns(published.paragraphs.slice(leadCount), topicCount);
  const names = topicNames(runs.map((run) => run[0] ?? ''));
  const index = {
    path: 'index.mdx',
    text:
      frontmatter(
        indexFields(
          published,
          day,
          meeting,
          "a summary of the release in the site's own words, for listings and the page description",
        ),
      ) + officialBody(lead),
    paragraphs: lead,
  };
  let first = leadCount + 1;
  const topics = runs.map((run, i) => {
    const paragraphs = `paragraph${run.length === 1 ? ` ${first}` : `s ${first}–${first + run.length - 1}`}`;
    first += run.length;
    return {
      path: `topics/${names[i] ?? ''}.mdx`,
      text:
        frontmatter({
          order: i + 1,
          label: `${TO_WRITE} label ${i + 1}`,
          title: `${TO_WRITE} title of topic ${i + 1}`,
          summary: `${TO_WRITE} a summary of topic ${i + 1} (${paragraphs}) in the site's own words`,
        }) + officialBody(run),
      paragraphs: run,
      about: `topic ${i + 1}: ${paragraphs}`,
    };
  });
  // A paragraph that MDX would read as a list, a heading, emphasis or code would not build as
  // official text: better said now, naming it, than by the build.
  for (const file of [index, ...topics]) {
    const problem = readBackProblem(file, shown(join(dir, file.path)));
    if (problem) throw new Error(problem);
  }
  return { published, day, folder, dir, meeting, index, topics };
}

const { published, day, folder, dir, meeting, index, topics } = planned;

// Write into a folder beside the target and move it into place whole, so that a failure leaves
// no half-written release for the build to stop on.
const partial = join(root, `.${folder}.${process.pid}.partial`);
try {
  mkdirSync(join(partial, 'topics'), { recursive: true });
  writeFileSync(join(partial, PUBLISHED_TEXT_FILE), text);
  for (const file of [index, ...topics]) writeFileSync(join(partial, file.path), file.text);
  renameSync(partial, dir);
} catch (error) {
  rmSync(partial, { recursive: true, force: true });
  stop(`${shown(dir)}: cannot be written (${(error as Error).message})`);
}
try {
  pinNewText(root, folder);
} catch (error) {
  stop(`${(error as Error).message}\nthe folder ${shown(dir)} is written; pin its text with npm run pin-texts`);
}

const at = (path: string): string => shown(join(dir, path));
const out: string[] = [`Read ${source}:`];
out.push(
  ...(changes.length === 0
    ? ['  nothing to undo: no byte-order mark, CR, trailing spaces or extra blank lines']
    : changes.map((change) => `  ${change}`)),
);
out.push('', `Wrote ${shown(dir)}/`);
out.push(`  ${PUBLISHED_TEXT_FILE}  the release as captured, ${published.paragraphs.length} paragraphs`);
out.push(
  `  ${index.path}  its frontmatter and the lead (${index.paragraphs.length === 1 ? 'paragraph 1' : `paragraphs 1–${index.paragraphs.length}`})`,
);
for (const topic of topics) out.push(`  ${topic.path}  ${topic.about}`);
out.push('', `Pinned the new text in ${shown(join(root, PINS_FILE))}; commit it with the folder`);
out.push('', 'Read from the text; check each against it:');
out.push(`  ${at(index.path)}: published: ${formatDate(day)} (the date line: "${published.dateLine}")`);
out.push(
  `  ${at(index.path)}: meeting.date: ${formatDate(meeting.date)}, meeting.place: ${meeting.place} (paragraph 1)`,
);
out.push(`  ${at(index.path)}: issuer: ${attributionIssuer(published.attribution)} (the attribution)`);
out.push('', `Still to write (each says "${TO_WRITE}" until it is written):`);
out.push(`  ${at(index.path)}: shortTitle`, `  ${at(index.path)}: summary`);
out.push(
  `  ${at(index.path)}: source (optional: add "source:" with "url: <the original page's address>" and "retrieved: <YYYY-MM-DD>")`,
);
for (const topic of topics) {
  for (const field of ['label', 'title', 'summary']) out.push(`  ${at(topic.path)}: ${field}`);
}
out.push(`  topic file names are the first words of each topic: rename them after the topic (they are its address)`);
// The build reads another content folder only when CONTENT_DIR names it.
const env = root === contentRoot({}) ? '' : `CONTENT_DIR=${shown(root)} `;
out.push('', 'Next:', `  ${env}npm run dev     the release at http://localhost:4321/releases/${folder}/`);
out.push(`  ${env}npm run build`);
console.log(out.join('\n'));
