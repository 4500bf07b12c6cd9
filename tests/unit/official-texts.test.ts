import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PINS_FILE, pinNewText, pinProblems, writePins } from '../../src/lib/text/official-texts';

const contentWith = (texts: Record<string, string>): string => {
  const root = mkdtempSync(join(tmpdir(), 'pins-'));
  for (const [folder, text] of Object.entries(texts)) {
    mkdirSync(join(root, folder));
    writeFileSync(join(root, folder, 'press-release.txt'), text);
  }
  return root;
};
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('the pins of the official texts', () => {
  it('are written in the form sha256sum checks, one line per release in folder order', () => {
    const root = contentWith({ 'b-release': 'B\n', 'a-release': 'A\n' });
    expect(writePins(root)).toEqual({ added: ['a-release', 'b-release'], changed: [], removed: [] });
    expect(readFileSync(join(root, PINS_FILE), 'utf8')).toBe(
      `${sha256('A\n')}  a-release/press-release.txt\n${sha256('B\n')}  b-release/press-release.txt\n`,
    );
    expect(pinProblems(root)).toEqual([]);
  });

  it('stop a text that is new, changed or gone, or a pins file missing or malformed, one line each', () => {
    const root = contentWith({ 'a-release': 'A\n', 'b-release': 'B\n' });
    expect(pinProblems(root).map((problem) => problem.message)).toEqual([
      expect.stringMatching(/official-texts\.sha256: missing: .+npm run pin-texts/u),
    ]);
    writePins(root);
    writeFileSync(join(root, 'a-release', 'press-release.txt'), 'A.\n');
    rmSync(join(root, 'b-release'), { recursive: true });
    mkdirSync(join(root, 'c-release'));
    writeFileSync(join(root, 'c-release', 'press-release.txt'), 'C\n');
    writeFileSync(join(root, PINS_FILE), `${readFileSync(join(root, PINS_FILE), 'utf8')}not a pin\n`);
    const problems = pinProblems(root).map((problem) => problem.message);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/official-texts\.sha256:3: not a pin/u);
    expect(problems[1]).toMatch(/c-release\/press-release\.txt: SHA-256: a new official text/u);
    expect(problems[2]).toContain(
      `a-release/press-release.txt: SHA-256: the official text changed (it is ${sha256('A.\n')}, official-texts.sha256 pins ${sha256('A\n')})`,
    );
    expect(problems[3]).toMatch(/official-texts\.sha256: b-release: pins the text of a release that is not there/u);
    expect(writePins(root)).toEqual({ added: ['c-release'], changed: ['a-release'], removed: ['b-release'] });
    expect(pinProblems(root)).toEqual([]);
  });
});

describe('pinNewText', () => {
  it('pins the new folder alone, in folder order, leaving a changed text unpinned', () => {
    const root = contentWith({ a: 'a\n', c: 'c\n' });
    writePins(root);
    const before = readFileSync(join(root, PINS_FILE), 'utf8');
    writeFileSync(join(root, 'a', 'press-release.txt'), 'a, changed\n');
    mkdirSync(join(root, 'b'));
    writeFileSync(join(root, 'b', 'press-release.txt'), 'b\n');
    pinNewText(root, 'b');
    const lines = readFileSync(join(root, PINS_FILE), 'utf8').split('\n');
    expect(lines.map((line) => line.slice(66))).toEqual([
      'a/press-release.txt',
      'b/press-release.txt',
      'c/press-release.txt',
      '',
    ]);
    expect(lines[0]).toBe(before.split('\n')[0]);
    expect(() => pinNewText(root, 'b')).toThrow(/official-texts\.sha256: b: is pinned already/u);
  });

  it("pins a further language version's text alone, as <release>/<lang>, leaving the first version's pin as it was", () => {
    const root = contentWith({ a: 'a\n', 'a-2': 'a-2\n' });
    writePins(root);
    const before = readFileSync(join(root, PINS_FILE), 'utf8');
    mkdirSync(join(root, 'a', 'ru'));
    writeFileSync(join(root, 'a', 'ru', 'press-release.txt'), 'а\n');
    pinNewText(root, 'a/ru');
    const after = readFileSync(join(root, PINS_FILE), 'utf8');
    expect(after.split('\n').filter((line) => !before.includes(line))).toEqual([
      `${sha256('а\n')}  a/ru/press-release.txt`,
    ]);
    // The order pin-texts writes: no change when the texts are pinned anew.
    expect(pinProblems(root)).toEqual([]);
    expect(writePins(root)).toEqual({ added: [], changed: [], removed: [] });
    expect(readFileSync(join(root, PINS_FILE), 'utf8')).toBe(after);
    expect(() => pinNewText(root, 'a/ru')).toThrow(/a\/ru: is pinned already/u);
    expect(() => pinNewText(root, 'a/kk')).toThrow(/a\/kk: has no press-release\.txt to pin/u);
  });
});
