import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, outputRoot, projectRoot, type BuildResult } from '../helpers/build';
import { contentCopy, treeDigest } from '../helpers/fixtures';
import { loadPagefind } from '../helpers/pagefind';
import { comparable, readPdf } from '../helpers/pdf';

const captured = join(projectRoot, 'tests/fixtures/new-release/captured.txt');
const capturedBytes = readFileSync(captured);
const capturedText = capturedBytes.toString('utf8');

// What the fixture holds on purpose, counted from its bytes, not from what the script says.
const crlfCount = capturedText.split('\r\n').length - 1;
const trailingCount = capturedText
  .replace(/^\uFEFF/u, '')
  .split('\r\n')
  .filter((line) => /[ \t]$/u.test(line)).length;
// The fixture's headline and date line ("April 15, 2019"), and the folder they name.
const headline = 'Invented release: a council in Өскемен discussed water supply and small business';
const folder = '2019-04-15-invented-release-council-oskemen-discussed-water';

/** Runs the script on the project's Node, as `npm run new-release` does. */
function newRelease(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/new-release.ts'), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const frontmatterOf = (text: string): Record<string, unknown> =>
  parse(/^---\n([\s\S]*?)\n---\n/u.exec(text)?.[1] ?? '') as Record<string, unknown>;

describe('npm run new-release on a text copied from a web page', () => {
  const content = contentCopy('new-release');
  const before = readdirSync(content);
  let run: ReturnType<typeof newRelease>;
  let build: BuildResult;

  beforeAll(async () => {
    run = newRelease(relative(projectRoot, captured), '--topics', '2', '--content', content);
    // The script pins the text itself: the build takes the pins as the script left them.
    build = await buildSite({ contentDir: content, outDir: join(outputRoot, 'new-release'), pin: false });
  });

  it('says what it undid of the copy, kind by kind', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('removed a byte-order mark');
    expect(run.stdout).toContain(`CRLF line ends → LF (${crlfCount} lines)`);
    expect(run.stdout).toContain(`removed trailing spaces or tabs on ${trailingCount} lines`);
    expect(run.stdout).toContain('blank lines in a row → one blank line');
    expect(run.stdout).toMatch(/still to write/iu);
    expect(run.stdout).toContain(`${folder}/index.mdx: shortTitle`);
    expect(run.stdout).toContain('npm run build');
  });

  it('writes one new folder, named by the date line and the headline', () => {
    expect(readdirSync(content).filter((name) => !before.includes(name))).toEqual([folder]);
    expect(run.stdout).toContain(`${folder}/`);
  });

  it('keeps the text as captured, without CR, byte-order mark, trailing spaces or blank lines in a row', () => {
    const written = readFileSync(join(content, folder, 'press-release.txt'), 'utf8');
    expect(written).not.toMatch(/[\r\uFEFF]/u);
    expect(written).not.toMatch(/[ \t]$/mu);
    expect(written).not.toMatch(/\n\n\n/u);
    const words = (text: string): string[] =>
      text
        .replace(/^\uFEFF/u, '')
        .split(/\r?\n/u)
        .map((line) => line.replace(/[ \t]+$/u, ''))
        .filter((line) => line !== '');
    expect(words(written)).toEqual(words(capturedText));
    expect(words(written)).toContain('The next meeting of the invented council is planned for the autumn, in Өскемен.');
  });

  it('fills the frontmatter from the text, and splits the paragraphs after the lead into two topics in order', () => {
    const index = frontmatterOf(readFileSync(join(content, folder, 'index.mdx'), 'utf8'));
    expect(index['headline']).toBe(headline);
    expect(index['published']).toBe('2019-04-15');
    expect(index['meeting']).toEqual({ date: '2019-04-12', place: 'Astana' });
    expect(index['attribution']).toBe(
      "Press Service of the Invented Prosecutor's Office of the East Kazakhstan Region",
    );
    const topics = readdirSync(join(content, folder, 'topics')).map((name) =>
      frontmatterOf(readFileSync(join(content, folder, 'topics', name), 'utf8')),
    );
    expect(topics.map((topic) => 'release' in topic)).toEqual([false, false]);
    expect(new Set(topics.map((topic) => topic['order']))).toEqual(new Set([1, 2]));
  });

  it('pins the new text by its SHA-256', () => {
    const digest = createHash('sha256')
      .update(readFileSync(join(content, folder, 'press-release.txt')))
      .digest('hex');
    expect(readFileSync(join(content, 'official-texts.sha256'), 'utf8')).toContain(
      `${digest}  ${folder}/press-release.txt\n`,
    );
  });

  it('gives a folder the site builds at once, listed on the home page', () => {
    expect(build.code, build.output.slice(-4000)).toBe(0);
    const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    expect(home).toContain(`href="/releases/${folder}/"`);
    expect(readFileSync(join(build.outDir, 'releases', folder, 'index.html'), 'utf8')).toContain(headline);
  });

  it('finds a Cyrillic word in search, and prints the Cyrillic and Kazakh letters in the PDF', async () => {
    const { search, ask } = await loadPagefind(build.outDir);
    const hits = await search('Атамекен');
    expect(hits.map((hit) => hit.url.split('#')[0])).toContain(
      `/releases/${folder}/invented-discussion-members-atameken/`,
    );
    // The exact reading the search dialog shows: the word highlighted as the text writes it.
    const answer = await ask('Өскемен');
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results[0]?.url).toMatch(new RegExp(`^/releases/${folder}/`, 'u'));
    const pdf = await readPdf(
      new Uint8Array(readFileSync(join(build.outDir, 'releases', folder, 'press-release.pdf'))),
    );
    for (const word of ['«Атамекен»', 'Өскемен', 'Қазақстан', 'Әділет']) expect(comparable(pdf.text)).toContain(word);
    // The release's link-preview card is drawn, 1200 × 630, with the headline's Kazakh letters.
    const card = readFileSync(join(build.outDir, 'social', `${folder}.png`));
    expect([card.readUInt32BE(16), card.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('refuses to run again on the same text, leaving the folder and the pins as they were', () => {
    const folderBefore = treeDigest(join(content, folder));
    const pinsBefore = readFileSync(join(content, 'official-texts.sha256'), 'utf8');
    const again = newRelease(relative(projectRoot, captured), '--topics', '2', '--content', content);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(new RegExp(`${folder}: already exists; a release folder is never overwritten`, 'u'));
    expect(treeDigest(join(content, folder))).toBe(folderBefore);
    expect(readFileSync(join(content, 'official-texts.sha256'), 'utf8')).toBe(pinsBefore);
    expect(readdirSync(content).filter((name) => !before.includes(name))).toEqual([folder]);
  });
});
