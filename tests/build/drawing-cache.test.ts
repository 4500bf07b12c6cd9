import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticReleases } from '../helpers/synthetic-releases';
import { buildSite, outputRoot, siteDir } from '../helpers/build';
import { contentCopy, edit, realRelease } from '../helpers/fixtures';

// The PDFs and social cards are drawn once and kept in `drawings/` of the build's cache folder,
// named by the digest of everything that shapes them (see src/lib/cache/drawing-cache.ts).

const pdfPath = `releases/${realRelease}/press-release.pdf`;
/** The drawings a build's cache holds, by file name. */
const drawings = (cacheDir: string): string[] =>
  existsSync(join(cacheDir, 'drawings')) ? readdirSync(join(cacheDir, 'drawings')).sort() : [];
/** Every file of a built site, relative to it. */
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

describe('drawings kept between builds', () => {
  it('redraws exactly what a change of one word touches, and a warm build equals a cold one', async () => {
    // One word of a topic's title (on its card only) and one word of the official text (in the
    // PDF only, in the source and in the MDX alike); every other drawing comes from the cache of
    // the site's first build.
    const contentDir = contentCopy('drawings-edited');
    edit(contentDir, `${realRelease}/topics/drug-trafficking.mdx`, (text) =>
      text
        .replace(
          'title: Countering drug trafficking and drug addiction',
          'title: Countering drug trafficking and drug abuse',
        )
        .replace('A large amount of drugs', 'A large quantity of drugs'),
    );
    edit(contentDir, `${realRelease}/press-release.txt`, (text) =>
      text.replace('A large amount of drugs', 'A large quantity of drugs'),
    );
    const warmCache = join(outputRoot, 'drawings-warm.cache');
    cpSync(join(`${siteDir}.cache`, 'drawings'), join(warmCache, 'drawings'), { recursive: true });
    const before = drawings(warmCache);
    expect(before.filter((name) => name.endsWith('.pdf'))).toHaveLength(1);
    expect(before.filter((name) => name.endsWith('.png')).length).toBeGreaterThan(3);

    const warm = join(outputRoot, 'drawings-warm');
    const warmBuild = await buildSite({ contentDir, outDir: warm, env: { ASTRO_CACHE_DIR: warmCache } });
    expect(warmBuild.code, warmBuild.output).toBe(0);
    const drawn = drawings(warmCache).filter((name) => !before.includes(name));
    expect(drawn.map((name) => name.split('.').pop()).sort()).toEqual(['pdf', 'png']);

    // What was drawn is what the site offers: the new PDF, and the card of the retitled topic.
    const drawing = (name: string) => readFileSync(join(warmCache, 'drawings', name));
    const newPdf = drawn.find((name) => name.endsWith('.pdf')) ?? '';
    const newCard = drawn.find((name) => name.endsWith('.png')) ?? '';
    expect(drawing(newPdf).equals(readFileSync(join(warm, pdfPath)))).toBe(true);
    const cards = readdirSync(join(warm, 'social'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.png'),
    );
    const sameAsNew = cards.filter((card) => drawing(newCard).equals(readFileSync(join(warm, 'social', card))));
    expect(sameAsNew).toEqual([`${realRelease}/drug-trafficking.png`]);
    // Neither is the file of the first build: nothing stale is served.
    expect(drawing(newPdf).equals(readFileSync(join(siteDir, pdfPath)))).toBe(false);

    // A cold build of the same content, with a cache of its own, writes the same site to the byte.
    const cold = join(outputRoot, 'drawings-cold');
    const coldBuild = await buildSite({ contentDir, outDir: cold });
    expect(coldBuild.code, coldBuild.output).toBe(0);
    const warmFiles = files(warm);
    expect(files(cold)).toEqual(warmFiles);
    const differing = warmFiles.filter(
      (file) => !readFileSync(join(warm, file)).equals(readFileSync(join(cold, file))),
    );
    expect(differing).toEqual([]);
  });

  it('draws a release’s PDF from the same inputs, to the same bytes, alone or among 100 other releases', async () => {
    const contentDir = contentCopy('drawings-archive');
    const archive = writeSyntheticReleases(contentDir, { pages: 580, mdxBytes: 1500 });
    expect(archive.releases).toBeGreaterThanOrEqual(100);
    const outDir = join(outputRoot, 'drawings-archive');
    const result = await buildSite({ contentDir, outDir });
    expect(result.code, result.output).toBe(0);

    expect(readFileSync(join(outDir, pdfPath)).equals(readFileSync(join(siteDir, pdfPath)))).toBe(true);
    // The key names every input the renderer was handed: the same key, the same inputs.
    const alone = drawings(`${siteDir}.cache`).filter((name) => name.endsWith('.pdf'));
    const among = drawings(`${outDir}.cache`).filter((name) => name.endsWith('.pdf'));
    expect(alone).toHaveLength(1);
    expect(among).toHaveLength(archive.releases + 1);
    expect(among).toContain(alone[0]);
  });
});
