import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyLine, readEntryFile, readFrontmatter, unreadFiles } from '../../src/integrations/release-loader';
import { ContentErrors, formatProblem } from '../../src/lib/check/content-error';
import { parseFrontmatter } from '../../src/lib/check/schema-problems';
import { releaseSchema } from '../../src/schemas/release';
import { topicSchema } from '../../src/schemas/topic';
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
      /^x\/f\.mdx:2:17: frontmatter: not valid YAML/u,
    );
  });
});

describe('parseFrontmatter', () => {
  const text = [
    '---',
    'headline: H',
    'published: 2019-01-28',
    'updated: 2019-13-45',
    'meeting:',
    '  date: 2018-12-21',
    'sumary: A summary',
    '---',
    '',
    'Body.',
  ].join('\n');

  it('names every field at fault, with its line and column in the file, and offers the nearest known name', async () => {
    const error = await parseFrontmatter(releaseSchema, readFrontmatter(text, 'r/index.mdx'), text, 'r/index.mdx').then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ContentErrors);
    const lines = (error as ContentErrors).problems.map(formatProblem).sort();
    expect(lines).toEqual(
      [
        'r/index.mdx:4:1: updated: 2019-13-45 is not a day of the calendar',
        'r/index.mdx:5:1: meeting.place: is required and missing',
        'r/index.mdx:7:1: sumary: is not a field here; remove it (did you mean "summary"?)',
        'r/index.mdx:2:1: shortTitle: is required and missing',
        'r/index.mdx:2:1: issuer: is required and missing',
        'r/index.mdx:2:1: attribution: is required and missing',
        'r/index.mdx:2:1: summary: is required and missing',
      ].sort(),
    );
  });

  it('gives the values the schema gives when the frontmatter fits', async () => {
    const topic = '---\norder: 2\nlabel: Work plan\ntitle: The plan\nsummary: What was planned.\n---\n';
    await expect(parseFrontmatter(topicSchema(), readFrontmatter(topic, 't.mdx'), topic, 't.mdx')).resolves.toEqual({
      order: 2,
      label: 'Work plan',
      title: 'The plan',
      summary: 'What was planned.',
    });
  });
});

describe('bodyLine', () => {
  it('names the line the body starts on, even when a frontmatter field quotes the body', () => {
    const text = ['---', 'order: 3', 'summary: The plan was approved.', '---', '', 'The plan was approved.', ''].join(
      '\n',
    );
    const { body } = readEntryFile(text, 't.mdx');
    expect(bodyLine(text, body)).toBe(6);
  });

  it('counts blank lines after the frontmatter', () => {
    const text = '---\norder: 1\n---\n\n\n\nFirst.\n\nSecond.\n';
    expect(bodyLine(text, readEntryFile(text, 't.mdx').body)).toBe(7);
  });
});
