import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { writePins } from '../../src/lib/text/official-texts';
import { buildSite, outputRoot, projectRoot, type BuildResult } from '../helpers/build';
import { contentCopy, edit } from '../helpers/fixtures';

const release = '2021-03-04-fixture-three-languages';
const russianHeadline = 'Релиз фикстуры: выдуманное совещание о снегирях и воробьях на трёх языках';

/**
 * The real content and the three-language fixture without its Russian version, pinned as they
 * are; and that version's own press-release.txt, copied out of it as a captured text.
 */
function withoutRussian(name: string): { content: string; capture: string } {
  const content = contentCopy(name, ['three-languages']);
  const capture = join(mkdtempSync(join(outputRoot, `${name}-capture-`)), 'captured-ru.txt');
  cpSync(join(content, release, 'ru', 'press-release.txt'), capture);
  rmSync(join(content, release, 'ru'), { recursive: true });
  writePins(content);
  return { content, capture };
}

/** Runs a script on the project's Node, as `npm run …` does. */
function run(script: string, args: string[], env: Record<string, string> = {}) {
  const done = spawnSync(process.execPath, [join(projectRoot, 'scripts', script), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { status: done.status, stdout: done.stdout, stderr: done.stderr };
}

/** Every file under a folder with its bytes: equal listings, nothing written or changed. */
function listing(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')] as const;
      }),
  );
}

const frontmatterOf = (text: string): Record<string, unknown> =>
  parse(/^---\n([\s\S]*?)\n---\n/u.exec(text)?.[1] ?? '') as Record<string, unknown>;

describe('npm run new-release -- --version-of refuses, in one line, writing nothing', () => {
  const { content, capture } = withoutRussian('new-version-refusals');
  const cases: [string, string[], RegExp][] = [
    [
      'a release folder that is not there',
      ['--version-of', '2099-01-01-nothing', '--lang', 'ru'],
      /2099-01-01-nothing: no such release folder; --version-of names a release folder/u,
    ],
    [
      'a language the site does not speak',
      ['--version-of', release, '--lang', 'de'],
      /^--lang: "de" is not a language of the site \(en, ru, kk/u,
    ],
    [
      "the first version's language",
      ['--version-of', release, '--lang', 'en'],
      new RegExp(`${release}: its own files are its en version already`, 'u'),
    ],
    [
      'a version folder that exists',
      ['--version-of', release, '--lang', 'kk'],
      new RegExp(`${release}/kk: already exists; a version folder is never overwritten`, 'u'),
    ],
    ['--topics', ['--version-of', release, '--lang', 'ru', '--topics', '2'], /^--topics: a further version takes/u],
    ['--lead', ['--version-of', release, '--lang', 'ru', '--lead', '2'], /^--lead: a further version takes/u],
    ['--slug', ['--version-of', release, '--lang', 'ru', '--slug', 'x'], /^--slug: a further version takes/u],
  ];

  it.each(cases)('%s', (_, args, message) => {
    const before = listing(content);
    const refused = run('new-release.ts', [capture, ...args, '--content', content]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(message);
    expect(listing(content)).toEqual(before);
  });

  it('--lang without --version-of, with the usage', () => {
    const before = listing(content);
    const refused = run('new-release.ts', [capture, '--lang', 'ru', '--content', content]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^--lang: names the language of a further version, given with --version-of/u);
    expect(refused.stderr).toContain('--version-of <release folder> --lang <ru|kk|en>');
    expect(listing(content)).toEqual(before);
  });
});

describe('npm run new-release -- --version-of <release> --lang ru, from the fixture’s own Russian text', () => {
  const { content, capture } = withoutRussian('new-version');
  const folder = join(content, release);
  const version = join(folder, 'ru');
  const firstBefore = listing(folder);
  let scaffold: ReturnType<typeof run>;
  let checkBefore: ReturnType<typeof run>;
  let checkAfter: ReturnType<typeof run>;
  let build: BuildResult;

  beforeAll(async () => {
    // The release folder as a path, as an editor would give it: the content folder is its parent.
    scaffold = run('new-release.ts', [relative(projectRoot, capture), '--version-of', folder, '--lang', 'ru']);
    checkBefore = run('check.ts', [], { CONTENT_DIR: content });
    // What the editor writes: the editorial fields in Russian, and where the paragraphs split.
    const fill: Record<string, [RegExp, string][]> = {
      'index.mdx': [
        [/^shortTitle: .*$/mu, "shortTitle: 'Снегири и воробьи, 4 марта 2021 года'"],
        [/^summary: .*$/mu, "summary: 'Выдуманный для тестов релиз о снегирях и воробьях.'"],
        [/^# TO WRITE: alignment[\s\S]*?(?=^---$)/mu, 'alignment:\n  - first: [4]\n    here: [4, 5]\n'],
        [/^issuer: .*$/mu, "issuer: 'Офис фикстуры'"],
      ],
      'topics/bullfinches.mdx': [
        [/^label: .*$/mu, "label: 'Снегири'"],
        [/^title: .*$/mu, "title: 'Снегири в саду фикстуры'"],
        [/^summary: .*$/mu, "summary: 'Сколько снегирей живёт в саду, чем они питаются и когда поют.'"],
      ],
      'topics/sparrows.mdx': [
        [/^label: .*$/mu, "label: 'Воробьи'"],
        [/^title: .*$/mu, "title: 'Воробьи под крышей сарая'"],
        [/^summary: .*$/mu, "summary: 'Воробьи сарая, их стаи, их ссоры и их гнёзда.'"],
      ],
    };
    for (const [file, changes] of Object.entries(fill)) {
      edit(version, file, (text) => changes.reduce((written, [field, value]) => written.replace(field, value), text));
    }
    checkAfter = run('check.ts', [], { CONTENT_DIR: content });
    // The script pins the text itself: the build takes the pins as the script left them.
    build = await buildSite({ contentDir: content, outDir: join(outputRoot, 'new-version'), pin: false });
  });

  it('writes the version, and says what it wrote and what is left, the alignment with the counts', () => {
    expect(scaffold.stderr).toBe('');
    expect(scaffold.status).toBe(0);
    expect(scaffold.stdout).toContain(`Wrote ${relative(projectRoot, version)}/, the ru version of`);
    expect(scaffold.stdout).toContain(
      "topics/bullfinches.mdx  topic 1: paragraphs 3–7 (the first version's paragraphs 3–6)",
    );
    expect(scaffold.stdout).toContain('Paragraphs: 10 here, 9 in the first version');
    expect(scaffold.stdout).toContain('ru/index.mdx: alignment');
    expect(scaffold.stdout).toContain('ru/topics/sparrows.mdx: label');
    expect(scaffold.stdout).toContain(`/ru/releases/${release}/`);
    // The fixture's first version names Russian among the languages published: no reminder.
    expect(scaffold.stdout).not.toContain('Reminder');
  });

  it("writes the text, the overview and a topic per first version's topic, by the same names and order; no versions field", () => {
    expect(readdirSync(version).sort()).toEqual(['index.mdx', 'press-release.txt', 'topics']);
    expect(readdirSync(join(version, 'topics')).sort()).toEqual(['bullfinches.mdx', 'sparrows.mdx']);
    expect(readFileSync(join(version, 'press-release.txt'), 'utf8')).toBe(
      readFileSync(capture, 'utf8').replace(/\n{3,}/gu, '\n\n'),
    );
    const orders = ['bullfinches', 'sparrows'].map(
      (topic) => frontmatterOf(readFileSync(join(version, 'topics', `${topic}.mdx`), 'utf8'))['order'],
    );
    expect(orders).toEqual([1, 2]);
    const index = readFileSync(join(version, 'index.mdx'), 'utf8');
    expect(frontmatterOf(index)).toMatchObject({
      headline: russianHeadline,
      published: '2021-03-04',
      meeting: { date: '2021-03-02', place: 'Фикстурград' },
      attribution: 'Пресс-служба ведомства «Офис фикстуры»',
    });
    expect(index).not.toMatch(/^versions:/mu);
  });

  it("leaves the first version's files as they were, and pins the new text", () => {
    const after = listing(folder);
    for (const [file, digest] of firstBefore) expect(after.get(file), file).toBe(digest);
    const digest = createHash('sha256')
      .update(readFileSync(join(version, 'press-release.txt')))
      .digest('hex');
    expect(readFileSync(join(content, 'official-texts.sha256'), 'utf8')).toContain(
      `${digest}  ${release}/ru/press-release.txt\n`,
    );
  });

  it('leaves npm run check naming the alignment as its one problem, and the editorial fields still to write', () => {
    const problems = checkBefore.stderr.trimEnd().split('\n');
    expect(checkBefore.status).toBe(1);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      new RegExp(
        `${release}/ru/index\\.mdx: alignment: the first version has 9 paragraphs and this one 10: .*add a group for the ones that split or join$`,
        'u',
      ),
    );
    expect(problems[1]).toMatch(/^content check: 1 problem in 1 file /u);
    const toWrite = checkBefore.stdout
      .split('\n')
      .filter((line) => line.includes('still says "TO WRITE:"'))
      .map((line) =>
        line
          .replace(/^.*\/ru\//u, '')
          .replace(/:\d+: /u, ': ')
          .replace(/: still says.*$/u, ''),
      );
    expect(toWrite).toEqual([
      'index.mdx: shortTitle',
      'index.mdx: summary',
      'topics/bullfinches.mdx: label',
      'topics/bullfinches.mdx: title',
      'topics/bullfinches.mdx: summary',
      'topics/sparrows.mdx: label',
      'topics/sparrows.mdx: title',
      'topics/sparrows.mdx: summary',
    ]);
  });

  it('builds, once the editor has written them, with the Russian pages under /ru/', () => {
    expect(checkAfter.stderr).toBe('');
    expect(checkAfter.stdout).toMatch(/^content check: no problems /u);
    expect(build.code, build.output.slice(-4000)).toBe(0);
    const overview = join(build.outDir, 'ru', 'releases', release, 'index.html');
    expect(existsSync(overview)).toBe(true);
    expect(readFileSync(overview, 'utf8')).toContain(russianHeadline);
    expect(existsSync(join(build.outDir, 'ru', 'releases', release, 'bullfinches', 'index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'releases', release, 'parallel', 'ru', 'index.html'))).toBe(true);
  });
});

// The scaffold never writes a file the first version's index.mdx would need: it says so instead.
describe('a version in a language versions.published does not name', () => {
  it('is written with a reminder, the first version untouched', () => {
    const { content, capture } = withoutRussian('new-version-reminder');
    edit(content, `${release}/index.mdx`, (text) => text.replace('published: [kk, ru, en]', 'published: [kk, en]'));
    const before = listing(join(content, release));
    const done = run('new-release.ts', [capture, '--version-of', release, '--lang', 'ru', '--content', content]);
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toMatch(/Reminder: .*index\.mdx: versions\.published \(kk, en\) does not name ru;/u);
    for (const [file, digest] of before) expect(listing(join(content, release)).get(file)).toBe(digest);
  });
});
