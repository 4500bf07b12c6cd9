import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldErrors, readEntryFile, readFrontmatter, unreadFiles } from '../../src/integrations/release-loader';
import { outputRoot } from '../helpers/build';

function releaseFolder(files: string[]): string {
  mkdirSync(outputRoot, { recursive: true });
  const root = mkdtempSync(join(outputRoot, 'layout-'));
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '');
  }
  return root;
}

describe('unreadFiles', () => {
  it('finds nothing in a release folder laid out as the site reads it', () => {
    const root = releaseFolder([
      'r/index.mdx',
      'r/press-release.txt',
      'r/topics/asset-recovery.mdx',
      'r/topics/work-plan-2.mdx',
      'r/data/figures.yaml',
      'r/.DS_Store',
    ]);
    expect(unreadFiles(root)).toEqual([]);
  });

  it.each([
    ['r/topics/...mdx', 'a topic is a file named like'],
    ['r/topics/Work Plan.mdx', 'a topic is a file named like'],
    ['r/topics/work-plan.md', 'a topic is a file named like'],
    ['r/data/figure.yaml', 'release data is one of'],
    ['r/notes.md', 'a release folder holds'],
    ['stray.mdx', 'is not a release folder'],
  ])('names %s, which the site would leave out', (file, why) => {
    const root = releaseFolder(['r/index.mdx', file]);
    const problems = unreadFiles(root).map((problem) => problem.message);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(relative(process.cwd(), join(root, file)));
    expect(problems[0]).toContain(why);
  });
});

describe('readFrontmatter', () => {
  it('keeps dates as written, so that a day that does not exist is not rolled over', () => {
    expect(readFrontmatter('---\npublished: 2019-13-45\norder: 2\n---\nBody', 'f.mdx')).toEqual({
      published: '2019-13-45',
      order: 2,
    });
  });

  it('names a byte-order mark, and frontmatter that does not open on the first line', () => {
    expect(() => readFrontmatter('\ufeff---\ntitle: x\n---\n', 'f.mdx')).toThrow(
      /^f\.mdx:1: starts with a byte-order mark/u,
    );
    expect(() => readFrontmatter('\n---\ntitle: x\n---\n', 'f.mdx')).toThrow(/^f\.mdx: frontmatter: must open/u);
    expect(readFrontmatter('No frontmatter at all.\n', 'f.mdx')).toEqual({});
  });

  it('gives the body after the frontmatter, trimmed, and the whole text when there is none', () => {
    expect(readEntryFile('---\ntitle: x\n---\n\nFirst.\n\nSecond.\n\n', 'f.mdx')).toEqual({
      data: { title: 'x' },
      body: 'First.\n\nSecond.',
    });
    expect(readEntryFile('\nNo frontmatter.\n', 'f.mdx')).toEqual({ data: {}, body: 'No frontmatter.' });
  });

  it('names the file when the frontmatter is not YAML', () => {
    expect(() => readFrontmatter('---\ntitle: [unclosed\n---\n', 'x/f.mdx')).toThrow(
      /^x\/f\.mdx:2: frontmatter: not valid YAML/u,
    );
  });
});

describe('fieldErrors', () => {
  it("turns Astro's schema error into one line per field naming the file", () => {
    const astro = new Error(
      '**releases → r** data does not match collection schema.\n\n  **updated**: 2019-13-45 is not a day of the calendar\n  **meeting.place**: **meeting.place**: Required\n',
    );
    const error = fieldErrors(astro, 'content/r/index.mdx') as Error;
    expect(error.message).toBe(
      'content/r/index.mdx: updated: 2019-13-45 is not a day of the calendar\ncontent/r/index.mdx: meeting.place: is required and missing',
    );
    expect(error.cause).toBe(astro);
  });
});
