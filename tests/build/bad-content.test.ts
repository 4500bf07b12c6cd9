import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot, siteDir } from '../helpers/build';
import { contentCopy, edit, realRelease, treeDigest } from '../helpers/fixtures';
import { stagingFolders } from '../../src/integrations/atomic-output';

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

interface Case {
  name: string;
  /** What the editor did: edits of content files, by path inside the content folder. */
  edits: [file: string, change: (text: string) => string][];
  /** Files the editor added, by path inside the content folder. */
  adds?: [file: string, bytes: string | Uint8Array][];
  /** Folders the editor (or someone else) copied, by path inside the content folder. */
  copies?: [from: string, to: string][];
  /** The content file the first line of the message must name. */
  file: string;
  /** What must follow the file's name on that line: the line or the field, then what is wrong. */
  message: RegExp;
}

// The release's folder name with one letter swapped for a look-alike, or a character that cannot be seen.
const lookAlike = realRelease.replace('stolen-assets', 'stolen-\u0430ssets');
const withJoiner = `${realRelease}\u200D`;

const cases: Case[] = [
  {
    name: 'look-alike-folder',
    edits: [],
    copies: [[realRelease, lookAlike]],
    file: lookAlike,
    message:
      /^: folder name: a release folder is named with lower-case ASCII letters, .* this name holds U\+0430 \("а"\)$/u,
  },
  {
    name: 'invisible-in-folder-name',
    edits: [],
    copies: [[realRelease, withJoiner]],
    file: withJoiner,
    message: /^: folder name: .* this name holds U\+200D$/u,
  },
  {
    name: 'hidden-folder',
    edits: [],
    copies: [[realRelease, '.draft-copy']],
    file: '.draft-copy',
    message: /^: folder name: is a hidden folder \(its name starts with a dot\), which the site would leave out/u,
  },
  {
    name: 'same-release-twice',
    // A whole copy: its topics belong to the copy's folder, as any folder's do.
    edits: [],
    copies: [[realRelease, `${realRelease}-copy`]],
    file: `${realRelease}-copy/index.mdx`,
    message: /^: headline: .*\/index\.mdx has the same headline and publication date: one release is published once/u,
  },
  {
    name: 'look-alike-label',
    edits: [[assets, (text) => text.replace(/^label: .*$/mu, 'label: Drug tr\u0430fficking')]],
    file: assets,
    message:
      /^: label: "Drug trаfficking" reads like "Drug trafficking" \(.*drug-trafficking\.mdx\) but is another text \(U\+0430 at character 8\)/u,
  },
  {
    name: 'same-label-twice',
    edits: [[assets, (text) => text.replace(/^label: .*$/mu, 'label: Drug trafficking')]],
    file: assets,
    message:
      /^: label: "Drug trafficking" is also the label of .*drug-trafficking\.mdx: each topic of a release needs a label of its own$/u,
  },
  {
    name: 'forged-issuer',
    edits: [[lead, (text) => text.replace(/^issuer: .*$/mu, 'issuer: Ministry of Truth')]],
    file: lead,
    message: /^:\d+:\d+: issuer: must be the office the attribution names, word for word/u,
  },
  {
    name: 'bidi-control-in-title',
    edits: [[workPlan, (text) => text.replace(/^title: (.*)$/mu, 'title: The work plan was \u202Eton\u202C approved')]],
    file: workPlan,
    message:
      /^:\d+:\d+: title: holds a bidirectional control \(U\+202E\) at character 19, which cannot be seen; remove it$/u,
  },
  {
    name: 'missing-title',
    edits: [[workPlan, (text) => text.replace(/^title: .*\n/mu, '')]],
    file: workPlan,
    message: /^:\d+:\d+: title: is required and missing$/u,
  },
  {
    name: 'date-in-words',
    edits: [[lead, (text) => text.replace(/^published: .*$/mu, 'published: the twenty-eighth of January')]],
    file: lead,
    message: /^:\d+:\d+: published: must be a date written as YYYY-MM-DD/u,
  },
  {
    name: 'release-line-in-a-topic',
    edits: [[assets, (text) => text.replace(/^order: /mu, 'release: 2019-01-29-no-such-release\norder: ')]],
    file: assets,
    message: /^:\d+:\d+: release: is not needed: the folder the topic is in says its release; remove the line$/u,
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
    // The nearest published paragraph and the character that differs, named on both sides.
    message:
      /^:\d+: body: the paragraph "Prosecutor’s checks .*" is not in .*press-release\.txt: nearest is published paragraph 10, which differs at character 11: "’" \(U\+2019\) here, "'" \(U\+0027\) in the published text$/u,
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
    message: /^:9: body: .* is an import or export: code/u,
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
    message: /^:9: body: .* is an import or export: code/u,
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
    message: /^:\d+: body: "Only 30% of criminal cases .*" is not the next published paragraph/u,
  },
  {
    name: 'byte-order-mark',
    edits: [[drugs, (text) => text.replace('97 tons of', '97 tons\ufeff of')]],
    file: drugs,
    message: /^:\d+: body: the paragraph "97 tons.*U\+FEFF/u,
  },
  {
    // The published text composed (NFC), the topic decomposed (NFD): they look the same.
    name: 'decomposed-paragraph',
    edits: [
      [source, (text) => text.replace('including 387 kg of heroin.', 'including 387 kg of h\u00E9roin.')],
      [drugs, (text) => text.replace('including 387 kg of heroin.', 'including 387 kg of he\u0301roin.')],
    ],
    file: drugs,
    message:
      /^:\d+: body: the paragraph "97 tons[^"]*" is not in [^:]+: the same letters in another Unicode form: "é" at character 60 is U\+0065 U\+0301 here \(decomposed, NFD\) and U\+00E9 in the published text \(composed, NFC\); save this file in NFC$/u,
  },
  {
    name: 'impossible-date',
    edits: [[lead, (text) => text.replace(/^updated: .*$/mu, 'updated: 2019-13-45')]],
    file: lead,
    message: /^:\d+:\d+: updated: 2019-13-45 is not a day of the calendar/u,
  },
  {
    name: 'updated-before-published',
    edits: [[lead, (text) => text.replace(/^updated: .*$/mu, 'updated: 2019-01-27')]],
    file: lead,
    message: /^:\d+:\d+: updated: is before the publication date/u,
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
    message: /^: paragraph 8: the PDF's and cards' regular font \(.*\) has no glyph for "中" \(U\+4E2D\)/u,
  },
];

describe('bad content stops the build with one clear line, and the last good site stays', () => {
  it.each(cases)('$name: names $file', async ({ name, edits, adds = [], copies = [], file, message }) => {
    const contentDir = contentCopy(name);
    for (const [from, to] of copies) cpSync(join(contentDir, from), join(contentDir, to), { recursive: true });
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

  it('a build stopped between the two renames of the output swap: the next one, failing, still leaves the last good site', async () => {
    const outDir = join(outputRoot, 'stopped-mid-swap');
    const { staging, previous } = stagingFolders(outDir);
    // What a SIGKILL right after the first rename leaves: no output, the old site aside, the new staged.
    rmSync(outDir, { recursive: true, force: true });
    cpSync(siteDir, previous, { recursive: true });
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, 'index.html'), 'half a site');
    const before = treeDigest(previous);
    const contentDir = contentCopy('stopped-mid-swap');
    edit(contentDir, workPlan, (text) => text.replace(/^title: .*\n/mu, ''));
    const result = await buildSite({ contentDir, outDir });
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain('put the last good site back');
    expect(treeDigest(outDir)).toBe(before);
    expect([existsSync(previous), existsSync(staging)]).toEqual([false, false]);
  });

  it('a label that a spreadsheet would run as a formula reaches every CSV file as text', async () => {
    const contentDir = contentCopy('formula-label');
    const formula = '=HYPERLINK("http://evil.example","x")';
    edit(contentDir, drugs, (text) => text.replace(/^label: .*$/mu, `label: '${formula}'`));
    const outDir = join(outputRoot, 'formula-label');
    const result = await buildSite({ contentDir, outDir });
    expect(result.code, result.output).toBe(0);
    const data = join(outDir, 'releases', realRelease, 'data');
    const cells = readdirSync(data)
      .filter((name) => name.endsWith('.csv'))
      .flatMap((name) => readFileSync(join(data, name), 'utf8').split('\r\n').slice(1))
      .filter((row) => row.includes('HYPERLINK'));
    expect(cells.length).toBeGreaterThan(5);
    // Each such cell starts with the apostrophe spreadsheets read as "this is text".
    for (const row of cells) expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    for (const row of cells) expect(row).not.toMatch(/(?:^|,)"?=HYPERLINK/u);
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
