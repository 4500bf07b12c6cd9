import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot, siteDir } from '../helpers/build';
import { contentCopy, edit, realRelease } from '../helpers/fixtures';

const lead = `${realRelease}/index.mdx`;
const drugs = `${realRelease}/topics/drug-trafficking.mdx`;
const assets = `${realRelease}/topics/asset-recovery.mdx`;
const workPlan = `${realRelease}/topics/work-plan.mdx`;
const source = `${realRelease}/press-release.txt`;
const marker = join(outputRoot, 'content-ran-code.txt');

/** Adds a block right after a file's frontmatter. */
const afterFrontmatter =
  (block: string) =>
  (text: string): string => {
    const end = text.indexOf('\n---\n', 4) + 5;
    return `${text.slice(0, end)}\n${block}\n${text.slice(end)}`;
  };

/** A digest of every file under a folder, names and bytes: equal digests, equal folders. */
function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(`${relative(dir, file)}\n`).update(readFileSync(file));
  return `${files.length} files, ${hash.digest('hex')}`;
}

interface Case {
  name: string;
  /** What the editor did: edits of content files, by path inside the content folder. */
  edits: [file: string, change: (text: string) => string][];
  /** Files the editor added, by path inside the content folder. */
  adds?: [file: string, bytes: string | Uint8Array][];
  /** The content file the first line of the message must name. */
  file: string;
  /** What must follow the file's name on that line: the line or the field, then what is wrong. */
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'missing-title',
    edits: [[workPlan, (text) => text.replace(/^title: .*\n/mu, '')]],
    file: workPlan,
    message: /^: title: is required and missing$/u,
  },
  {
    name: 'date-in-words',
    edits: [[lead, (text) => text.replace(/^published: .*$/mu, 'published: the twenty-eighth of January')]],
    file: lead,
    message: /^: published: must be a date written as YYYY-MM-DD/u,
  },
  {
    name: 'no-such-release',
    edits: [[assets, (text) => text.replace(/^release: .*$/mu, 'release: 2019-01-29-no-such-release')]],
    file: assets,
    message: /^: release: "2019-01-29-no-such-release" is not/u,
  },
  {
    name: 'same-order',
    edits: [[assets, (text) => text.replace(/^order: .*$/mu, 'order: 1')]],
    // Both files are named: the message is on the second of the two, in the folder's order.
    file: drugs,
    message: /^: order: 1 is also the order of .*asset-recovery\.mdx/u,
  },
  {
    name: 'altered-text',
    edits: [[drugs, (text) => text.replace("Prosecutor's checks", 'Prosecutor’s checks')]],
    file: drugs,
    message: /^:\d+: body: the paragraph "Prosecutor’s checks .*" is not in .*press-release\.txt/u,
  },
  {
    name: 'raw-html',
    edits: [[workPlan, (text) => `${text}\n<p>An invented paragraph, shown as if it were official.</p>\n`]],
    file: workPlan,
    message: /^:\d+: body: <p> is not one of the data panels/u,
  },
  {
    name: 'list-in-text',
    // A published paragraph that Markdown would read as a list item, in the source and the MDX.
    edits: [
      [drugs, (text) => text.replace('97 tons of various drugs', '1. tons of various drugs')],
      [source, (text) => text.replace('97 tons of various drugs', '1. tons of various drugs')],
    ],
    file: drugs,
    message: /^:\d+: body: a <ol> is not official text/u,
  },
  {
    name: 'altered-headline',
    edits: [[lead, (text) => text.replace('Prosecutor’s Office they', "Prosecutor's Office they")]],
    file: lead,
    message: /^: headline: differs from the published text/u,
  },
  {
    name: 'export-components',
    edits: [[workPlan, afterFrontmatter('export const components = { p: () => <p>Invented text.</p> }')]],
    file: workPlan,
    message: /^:10: body: .* is an import or export: code/u,
  },
  {
    name: 'export-layout',
    edits: [
      [
        assets,
        afterFrontmatter(
          'export default function Layout(props) { return <div><p>Invented.</p>{props.children}</div> }',
        ),
      ],
    ],
    file: assets,
    message: /^:\d+: body: .* is an import or export: code/u,
  },
  {
    name: 'export-runs-code',
    edits: [
      [
        workPlan,
        afterFrontmatter(`export const x = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran')`),
      ],
    ],
    file: workPlan,
    message: /^:10: body: .* is an import or export: code/u,
  },
  {
    name: 'panel-sharing-a-line',
    edits: [
      [
        drugs,
        (text) =>
          text.replace(
            '<KeyFigure id="heroin-seized" />',
            '<KeyFigure id="heroin-seized" /> 97 tons of various drugs were seized, including 387 kg of heroin.',
          ),
      ],
    ],
    file: drugs,
    message: /^:\d+: body: <KeyFigure> .*a paragraph of official text holds only the published words/u,
  },
  {
    name: 'paragraph-under-a-panel',
    edits: [
      [
        drugs,
        (text) =>
          text.replace(
            '<KeyFigure id="heroin-seized" />',
            '<KeyFigure id="heroin-seized" />\n97 tons of various drugs were seized, including 387 kg of heroin.',
          ),
      ],
    ],
    file: drugs,
    message: /^:\d+: body: paragraph 5 \("97 tons of various drugs/u,
  },
  {
    name: 'paragraph-in-two-topics',
    edits: [[assets, (text) => `${text}\nOnly 30% of criminal cases are open against drug dealers.\n`]],
    file: assets,
    message: /^: body: "Only 30% of criminal cases .*" is not the next published paragraph/u,
  },
  {
    name: 'byte-order-mark',
    edits: [[drugs, (text) => text.replace('97 tons of', '97 tons\ufeff of')]],
    file: drugs,
    message: /^:\d+: body: the paragraph "97 tons.*U\+FEFF/u,
  },
  {
    name: 'impossible-date',
    edits: [[lead, (text) => text.replace(/^updated: .*$/mu, 'updated: 2019-13-45')]],
    file: lead,
    message: /^: updated: 2019-13-45 is not a day of the calendar/u,
  },
  {
    name: 'updated-before-published',
    edits: [[lead, (text) => text.replace(/^updated: .*$/mu, 'updated: 2019-01-27')]],
    file: lead,
    message: /^: updated: is before the publication date/u,
  },
  {
    name: 'source-not-utf8',
    edits: [],
    adds: [
      [
        source,
        Buffer.concat([
          readFileSync(join('content/releases', source)).subarray(0, 40),
          Buffer.from([0xff, 0xfe]),
          readFileSync(join('content/releases', source)).subarray(40),
        ]),
      ],
    ],
    file: source,
    message: /^: is not valid UTF-8 text \(first bad byte at line 1\)/u,
  },
  {
    name: 'topic-file-left-out',
    edits: [],
    adds: [[`${realRelease}/topics/...mdx`, '---\norder: 4\n---\n']],
    file: `${realRelease}/topics/...mdx`,
    message: /^: file name: a topic is a file named like/u,
  },
  {
    name: 'character-the-pdf-cannot-draw',
    edits: [
      [drugs, (text) => text.replace('He focused on', 'He 中 focused on')],
      [source, (text) => text.replace('He focused on', 'He 中 focused on')],
    ],
    file: drugs,
    message: /^: paragraph 8: the PDF's regular font \(.*\) has no glyph for "中" \(U\+4E2D\)/u,
  },
];

describe('bad content stops the build with one clear line, and the last good site stays', () => {
  it.each(cases)('$name: names $file', async ({ name, edits, adds = [], file, message }) => {
    const contentDir = contentCopy(name);
    for (const [path, change] of edits) edit(contentDir, path, change);
    for (const [path, bytes] of adds) writeFileSync(join(contentDir, path), bytes);
    // The output folder holds the last good build, as a deployed site's folder would.
    const outDir = join(outputRoot, `bad-${name}`);
    cpSync(siteDir, outDir, { recursive: true });
    const before = treeDigest(outDir);

    const result = await buildSite({ contentDir, outDir });

    expect(result.code, result.output).not.toBe(0);
    // The first line naming the file as a message does (`<file>:`), not as a module id.
    const first = result.output.split('\n').find((line) => line.includes(`${file}:`));
    expect(first, result.output).toBeDefined();
    expect(first?.slice(first.indexOf(`${file}:`) + file.length), result.output).toMatch(message);
    const kept = treeDigest(outDir) === before;
    console.info(
      `| ${name} | ${result.code} | ${first?.slice(first.indexOf(`${file}:`)).slice(0, 140)} | ${kept ? 'kept' : 'CHANGED'} |`,
    );
    expect(treeDigest(outDir)).toBe(before);
    expect(readdirSync(outputRoot).filter((entry) => entry.startsWith(`.bad-${name}.`))).toEqual([]);
    expect(existsSync(marker)).toBe(false);
  });

  it('editorial text that looks like code is text: the build succeeds and escapes it', async () => {
    const contentDir = contentCopy('code-like-summary');
    edit(contentDir, workPlan, (text) => text.replace(/^summary: .*$/mu, 'summary: Approved online=yes <b>style="x"'));
    const outDir = join(outputRoot, 'code-like-summary');
    const result = await buildSite({ contentDir, outDir });
    expect(result.code, result.output).toBe(0);
    const page = readFileSync(join(outDir, 'releases', realRelease, 'work-plan/index.html'), 'utf8');
    expect(page).toContain('Approved online=yes &lt;b&gt;style=');
  });
});
