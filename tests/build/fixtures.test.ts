import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot } from '../helpers/build';
import { contentCopy, edit, realRelease } from '../helpers/fixtures';
import { readPage, squash } from '../helpers/html';
import { loadPagefind } from '../helpers/pagefind';

const second = '2020-02-03-fixture-second-release';

describe('a site with two releases', () => {
  it('publishes both, each with its topics, full text and search', async () => {
    const outDir = join(outputRoot, 'two-releases');
    const result = await buildSite({ contentDir: contentCopy('two-releases', ['second-release']), outDir });
    expect(result.code, result.output).toBe(0);

    for (const release of [realRelease, second]) {
      expect(existsSync(join(outDir, 'releases', release, 'index.html'))).toBe(true);
      expect(existsSync(join(outDir, 'releases', release, 'full-text/index.html'))).toBe(true);
    }
    expect(existsSync(join(outDir, 'releases', second, 'first/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'releases', second, 'second/index.html'))).toBe(true);

    // The home page features the newest release and lists the earlier one.
    const home = readPage(outDir, '');
    expect(squash(home.querySelector('h1')?.textContent)).toContain('Fixture release');
    const earlier = [...home.querySelectorAll('.earlier a')].map((a) => a.getAttribute('href'));
    expect(earlier).toContain(`/releases/${realRelease}/`);

    // Topic navigation stays within a release.
    const first = readPage(outDir, `releases/${second}/first/`);
    expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/releases/${second}/second/`);
    expect(first.querySelector('a[rel="prev"]')).toBeNull();

    const { search, ask } = await loadPagefind(outDir);
    expect((await search('frobnicatory'))[0]?.url).toBe(`/releases/${second}/second/`);
    expect((await ask('heroin')).results[0]?.url).toBe(`/releases/${realRelease}/drug-trafficking/#p5`);
  });
});

// Each kind of bad content: the build stops, the message names the file and the field, and no
// page is written.
const bad = [
  {
    name: 'missing-title',
    file: `${realRelease}/topics/work-plan.mdx`,
    change: (text: string) => text.replace(/^title: .*\n/mu, ''),
    field: 'title',
  },
  {
    name: 'bad-date',
    file: `${realRelease}/index.mdx`,
    change: (text: string) => text.replace(/^published: .*$/mu, 'published: the twenty-eighth of January'),
    field: 'published',
  },
  {
    name: 'no-such-release',
    file: `${realRelease}/topics/asset-recovery.mdx`,
    change: (text: string) => text.replace(/^release: .*$/mu, 'release: 2019-01-29-no-such-release'),
    field: 'release',
  },
  {
    name: 'same-order',
    file: `${realRelease}/topics/asset-recovery.mdx`,
    change: (text: string) => text.replace(/^order: .*$/mu, 'order: 1'),
    field: 'order',
  },
  {
    name: 'altered-text',
    file: `${realRelease}/topics/drug-trafficking.mdx`,
    change: (text: string) => text.replace("Prosecutor's checks", 'Prosecutor’s checks'),
    field: 'body',
  },
  {
    name: 'raw-html',
    file: `${realRelease}/topics/work-plan.mdx`,
    change: (text: string) => `${text}\n<p>An invented paragraph, shown as if it were official.</p>\n`,
    field: 'body',
  },
  {
    name: 'list-in-text',
    // A published paragraph that Markdown would read as a list item, in the source and the MDX.
    file: `${realRelease}/topics/drug-trafficking.mdx`,
    change: (text: string) => text.replace('97 tons of various drugs', '1. tons of various drugs'),
    also: {
      file: `${realRelease}/press-release.txt`,
      change: (text: string) => text.replace('97 tons of various drugs', '1. tons of various drugs'),
    },
    field: 'body',
  },
  {
    name: 'altered-headline',
    file: `${realRelease}/index.mdx`,
    change: (text: string) => text.replace('Prosecutor’s Office they', "Prosecutor's Office they"),
    field: 'headline',
  },
];

describe('bad content stops the build', () => {
  it.each(bad)('$name: names $file and the field "$field"', async ({ name, file, change, field, ...rest }) => {
    const contentDir = contentCopy(name);
    edit(contentDir, file, change);
    if ('also' in rest && rest.also) edit(contentDir, rest.also.file, rest.also.change);
    const outDir = join(outputRoot, name);
    const result = await buildSite({ contentDir, outDir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(file);
    const message = result.output
      .split('\n')
      .find(
        (l) =>
          new RegExp(`\\b${field}\\b`, 'u').test(l) &&
          /error|invalid|expected|required|must|not|differs|also/iu.test(l),
      );
    expect(message, result.output).toBeDefined();
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'pagefind'))).toBe(false);
  });
});
