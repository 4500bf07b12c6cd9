import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { astroEnvironment, outputRoot, projectRoot } from '../helpers/build';
import { contentCopy, edit, realRelease, treeDigest } from '../helpers/fixtures';
import { writePins } from '../../src/lib/text/official-texts';

/** Runs an npm script of the project on a content folder, as an editor runs it. */
function npmRun(script: string, env: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npm', ['run', '--silent', script], {
    cwd: projectRoot,
    env: { ...astroEnvironment(), NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  return {
    code: run.status,
    stdout: stripVTControlCharacters(run.stdout),
    stderr: stripVTControlCharacters(run.stderr),
  };
}

/** Where in a file a line of text stands, 1-based, as the report must name it. */
function lineOf(path: string, text: string): number {
  const lines = readFileSync(path, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${text} is not in ${path}`);
  return index + 1;
}

describe('npm run check', () => {
  it('finds no problem in the real content, and says what it read', () => {
    const run = npmRun('check', {});
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^content check: no problems \(1 release, 9 files in content\/releases, [\d.]+ s\)\n$/u);
  });

  // Six mistakes an editor makes, each in a file of its own, each where the check must point.
  const dir = contentCopy('content-check');
  const at = (file: string): string => join(dir, realRelease, file);
  const shown = (file: string): string => relative(projectRoot, at(file));
  edit(dir, `${realRelease}/topics/drug-trafficking.mdx`, (text) =>
    text.replace('including 387 kg of heroin.', 'including 387 kg of heroine.'),
  );
  edit(dir, `${realRelease}/topics/asset-recovery.mdx`, (text) =>
    text.replace('<KeyFigure id="funds-recovered" />', '<KeyFigure id="funds-recoverd" />'),
  );
  edit(dir, `${realRelease}/topics/work-plan.mdx`, (text) => text.replace(/^order: 3$/mu, 'order: three'));
  edit(dir, `${realRelease}/index.mdx`, (text) => text.replace('published: 2019-01-28', 'published: 2019-01-29'));
  edit(dir, `${realRelease}/data/figures.yaml`, (text) => text.replace('period: current-year', 'period: curent-year'));
  edit(dir, `${realRelease}/data/people.yaml`, (text) =>
    text.replace('Under the chairmanship of General Prosecutor', 'Under the chairmanship of Prosecutor General'),
  );
  writePins(dir);
  const run = npmRun('check', { CONTENT_DIR: dir });
  const lines = run.stderr.trimEnd().split('\n');

  it('reports all six mistakes in one run, sorted by file, and exits 1', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const heads = lines.filter((line) => !line.startsWith(' '));
    expect(heads.slice(0, -1).map((line) => line.slice(0, line.indexOf(': ')).replace(/(?::\d+)+$/u, ''))).toEqual(
      [
        'data/figures.yaml',
        'data/people.yaml',
        'index.mdx',
        'topics/asset-recovery.mdx',
        'topics/drug-trafficking.mdx',
        'topics/work-plan.mdx',
      ].map(shown),
    );
    expect(heads.at(-1)).toMatch(/^content check: 6 problems in 6 files \(1 release, 9 files in .+, [\d.]+ s\)$/u);
  });

  it('names the line of each mistake, and the column of each field', () => {
    const heads = lines.filter((line) => !line.startsWith(' '));
    const head = (file: string): string => heads.find((line) => line.startsWith(`${shown(file)}:`)) ?? '';
    expect(head('data/figures.yaml')).toContain(
      `${shown('data/figures.yaml')}:${lineOf(at('data/figures.yaml'), 'curent-year')}:3: dealer-detection-current-year: period: `,
    );
    expect(head('data/people.yaml')).toContain(
      `${shown('data/people.yaml')}:${lineOf(at('data/people.yaml'), 'sentence:')}:3: kairat-kozhamzharov: sentence: `,
    );
    expect(head('index.mdx')).toContain(
      `${shown('index.mdx')}:${lineOf(at('index.mdx'), 'published:')}:1: published: `,
    );
    expect(head('topics/asset-recovery.mdx')).toContain(
      `${shown('topics/asset-recovery.mdx')}:${lineOf(at('topics/asset-recovery.mdx'), 'funds-recoverd')}: <KeyFigure id="funds-recoverd">: `,
    );
    expect(head('topics/drug-trafficking.mdx')).toContain(
      `${shown('topics/drug-trafficking.mdx')}:${lineOf(at('topics/drug-trafficking.mdx'), 'heroine.')}: body: `,
    );
    expect(head('topics/work-plan.mdx')).toContain(`${shown('topics/work-plan.mdx')}:2:1: order: `);
  });

  it('offers the nearest known id for an unknown one', () => {
    expect(run.stderr).toContain(
      '“curent-year” is not a date of the release (data/dates.yaml) (did you mean "current-year"?)',
    );
    expect(run.stderr).toContain('there is no such datum in the release\'s data (did you mean "funds-recovered"?)');
  });

  it('shows where a text differs from the published one: the nearest paragraph, both characters, a caret', () => {
    const index = lines.findIndex((line) => line.startsWith(`${shown('topics/drug-trafficking.mdx')}:`));
    expect(lines[index]).toMatch(
      /nearest is published paragraph \d+, which differs at character \d+: "e" \(U\+0065\) here, "\." \(U\+002E\) in the published text$/u,
    );
    const [here = '', published = '', caret = ''] = lines.slice(index + 1, index + 4);
    expect(here).toMatch(/^ +here: +… .*387 kg of heroine\.$/u);
    expect(published).toMatch(/^ +published: +… .*387 kg of heroin\.$/u);
    const column = caret.indexOf('^');
    expect(caret.trim()).toBe('^');
    expect([here[column], published[column]]).toEqual(['e', '.']);
    // The data sentence that is not in the text is shown beside the sentence it departs from.
    expect(run.stderr).toMatch(
      /kairat-kozhamzharov: sentence: .+ is not a sentence of the official text, word for word \(paragraph 1 has/u,
    );
  });

  it('runs before npm run build, which prints the same report once, no stack trace, and builds nothing', () => {
    const outDir = join(outputRoot, 'content-check-site');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), 'the site as it was');
    const before = treeDigest(outDir);
    const build = npmRun('build', { CONTENT_DIR: dir, OUT_DIR: outDir, ASTRO_CACHE_DIR: `${outDir}.cache` });
    expect(build.code).toBe(1);
    const report = build.stderr.trimEnd().split('\n');
    // The same problems, word for word, then one summary line.
    expect(report.slice(0, -1)).toEqual(lines.slice(0, -1));
    expect(report.at(-1)).toMatch(/^content check: 6 problems in 6 files \(.+\); nothing was built$/u);
    expect(build.stderr).not.toMatch(/^\s+at /mu);
    expect(build.stderr.match(/^content check: /gmu)).toHaveLength(1);
    expect(build.stdout).not.toContain('[build]');
    expect(treeDigest(outDir)).toBe(before);
  });
});
