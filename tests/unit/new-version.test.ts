import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planVersion, proportionalCounts, releaseFolder, versionOptionProblem } from '../../scripts/lib/new-version';
import { normaliseCapture } from '../../scripts/lib/new-release';

const projectRoot = resolve(import.meta.dirname, '../..');
const release = '2021-03-04-fixture-three-languages';

/** A content folder holding the three-language fixture without its Russian version, and that version's text. */
function fixtureContent(): { root: string; capture: string } {
  const root = mkdtempSync(join(tmpdir(), 'new-version-'));
  cpSync(join(projectRoot, 'tests/fixtures/three-languages'), root, { recursive: true });
  const capture = join(mkdtempSync(join(tmpdir(), 'new-version-capture-')), 'ru.txt');
  cpSync(join(root, release, 'ru', 'press-release.txt'), capture);
  rmSync(join(root, release, 'ru'), { recursive: true });
  return { root, capture };
}

describe('the options of a further version', () => {
  it('refuse --topics, --lead and --slug: the first version decides them', () => {
    for (const name of ['topics', 'lead', 'slug']) {
      expect(versionOptionProblem({ lang: 'ru', [name]: '2' })).toMatch(
        new RegExp(`^--${name}: a further version takes its topics and lead from the first version`, 'u'),
      );
    }
    expect(versionOptionProblem({ lang: 'ru', content: 'x' })).toBeUndefined();
  });

  it('refuse a --lang the site does not speak, or none', () => {
    expect(versionOptionProblem({ lang: 'fr' })).toBe(
      '--lang: "fr" is not a language of the site (en, ru, kk, src/lib/site/versions.ts); name one of them',
    );
    expect(versionOptionProblem({ lang: 'RU' })).toMatch(/^--lang: "RU" is not a language of the site/u);
    expect(versionOptionProblem({})).toMatch(/^--lang: missing; name the language of the new version/u);
  });
});

describe('the paragraphs of a further version', () => {
  it("follow the first version's files in proportion, each file at least one, where the counts differ", () => {
    expect(proportionalCounts([2, 4, 3], 9)).toEqual([2, 4, 3]);
    expect(proportionalCounts([2, 4, 3], 10)).toEqual([2, 5, 3]);
    expect(proportionalCounts([2, 4, 3], 8)).toEqual([2, 3, 3]);
    expect(proportionalCounts([1, 1, 10], 3)).toEqual([1, 1, 1]);
    expect(proportionalCounts([10, 1, 1], 4)).toEqual([2, 1, 1]);
  });
});

describe('planVersion', () => {
  it("refuses the first version's own language, and a version folder that exists", () => {
    const { root, capture } = fixtureContent();
    const { text } = normaliseCapture(readFileSync(capture, 'utf8'));
    const dir = join(root, release);
    expect(() => planVersion({ root, dir, release, lang: 'en', text, source: capture })).toThrow(
      /: its own files are its en version already \(index\.mdx: versions\.reproduced, English where it names none\); --lang names another language$/u,
    );
    expect(() => planVersion({ root, dir, release, lang: 'kk', text, source: capture })).toThrow(
      /kk: already exists; a version folder is never overwritten/u,
    );
    const planned = planVersion({ root, dir, release, lang: 'ru', text, source: capture });
    expect([planned.index, ...planned.topics].map((file) => [file.path, file.paragraphs.length])).toEqual([
      ['index.mdx', 2],
      ['topics/bullfinches.mdx', 5],
      ['topics/sparrows.mdx', 3],
    ]);
    expect(planned.counts).toEqual({ first: 9, here: 10 });
    expect(planned.index.text).toContain('# TO WRITE: alignment. The first version has 9 paragraphs and this one 10');
    expect(planned.index.text).not.toMatch(/^versions:/mu);
  });

  it("splits a text with as many paragraphs as the first version's exactly as its files do, with no alignment", () => {
    const { root } = fixtureContent();
    const english = readFileSync(join(root, release, 'press-release.txt'), 'utf8');
    const planned = planVersion({
      root,
      dir: join(root, release),
      release,
      lang: 'ru',
      text: english,
      source: 'en.txt',
    });
    expect([planned.index, ...planned.topics].map((file) => file.paragraphs.length)).toEqual([2, 4, 3]);
    expect(planned.index.text).not.toContain('alignment');
  });

  it('finds no release folder where none is', () => {
    const { root } = fixtureContent();
    expect(() => releaseFolder('2099-01-01-nothing', root)).toThrow(
      /2099-01-01-nothing: no such release folder; --version-of names a release folder/u,
    );
    expect(releaseFolder(release, root)).toEqual({ dir: join(root, release), root, release });
  });
});
