import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { topicMismatches, unpublishedVersion } from '../../src/lib/check/release-checks';
import { unreadFiles, versionFolders } from '../../src/integrations/release-loader';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A content folder with one release whose own index.mdx says `frontmatter`, and further versions. */
function content(frontmatter: string, further: string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'versions-'));
  folders.push(root);
  const release = join(root, '2021-03-04-r');
  mkdirSync(release);
  writeFileSync(join(release, 'index.mdx'), `---\n${frontmatter}\n---\n`);
  for (const lang of further) {
    mkdirSync(join(release, lang));
    writeFileSync(join(release, lang, 'index.mdx'), '---\n---\n');
  }
  return root;
}

describe("a release's language versions", () => {
  it('finds the first version in the language its index.mdx names, and each further one by its folder', () => {
    const root = content('versions: { reproduced: ru, published: [ru, en, kk] }', ['en', 'kk']);
    expect(versionFolders(root).map(({ id, lang, first }) => ({ id, lang, first }))).toEqual([
      { id: '2021-03-04-r/ru', lang: 'ru', first: true },
      { id: '2021-03-04-r', lang: 'en', first: false },
      { id: '2021-03-04-r/kk', lang: 'kk', first: false },
    ]);
    expect(unreadFiles(root)).toEqual([]);
  });

  it('names a first version in a language the site does not speak, which would otherwise be left out', () => {
    const root = content('versions: { reproduced: de, published: [de] }');
    expect(versionFolders(root)).toEqual([]);
    expect(unreadFiles(root).map((problem) => `${problem.field}: ${problem.what}`)).toEqual([
      'versions.reproduced: "de" is not a language the site speaks (en, ru, kk); a version\'s pages speak its language',
    ]);
  });

  it("refuses a further version in the first version's own language", () => {
    const root = content('versions: { reproduced: en, published: [en] }', ['en']);
    expect(unreadFiles(root).map((problem) => problem.field)).toEqual(['folder name']);
  });

  it('names a version whose language the first version does not say the Office published', () => {
    const first = { file: 'r/index.mdx', versions: { published: ['kk', 'en'] } };
    expect(unpublishedVersion(first, { lang: 'kk', file: 'r/kk/index.mdx' })).toBeUndefined();
    expect(unpublishedVersion(first, { lang: 'ru', file: 'r/ru/index.mdx' })?.message).toBe(
      'r/index.mdx: versions.published: does not name ru, the language of the version in r/ru: add it if the Office published the release in that language, or remove that folder',
    );
    // Where the first version says nothing of its versions, nothing is claimed.
    expect(unpublishedVersion({ file: 'r/index.mdx', versions: undefined }, { lang: 'ru', file: 'x' })).toBeUndefined();
  });

  it("names a further version's missing and extra topics against the first version's", () => {
    const first = { dir: 'r', topics: ['assets', 'drugs'] };
    expect(topicMismatches(first, { dir: 'r/ru', topics: ['assets', 'drugs'] })).toEqual([]);
    expect(
      topicMismatches(first, { dir: 'r/ru', topics: ['assets', 'drug'] }).map((problem) => problem.message),
    ).toEqual([
      "r/ru/topics: drugs.mdx: is missing: each version has the first version's topics under the same file names (assets.mdx, drugs.mdx)",
      'r/ru/topics/drug.mdx: file name: is not a topic of the first version (assets.mdx, drugs.mdx); name it as the topic it translates',
    ]);
  });
});
