import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticReleases } from '../helpers/synthetic-releases';
import { buildSite, outputRoot } from '../helpers/build';
import { contentCopy, realRelease } from '../helpers/fixtures';

// Astro's incremental build copies a page from the last build when its route's cacheKey (the
// digest of everything the release's pages are made from) and the code it imports are unchanged.
// A page copied when it should have been made again would publish stale text: the site built on
// the last build's cache must be the site a cold build makes, to the byte.

/** Every file of a built site, relative to it. */
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

/** The site paths a build copied from its cache rather than made. */
const restored = (output: string): string[] =>
  output
    .split('\n')
    .filter((line) => line.endsWith('(restored)'))
    .map((line) => /[├└]─ (\S+)/u.exec(line)?.[1] ?? line);

const env = { SITE_URL: 'https://releases.example.org', BASE_PATH: '/press/' };

describe('an incremental build', () => {
  it('copies the pages of unchanged releases, makes the rest, and writes the site a cold build writes', async () => {
    const contentDir = contentCopy('incremental');
    writeSyntheticReleases(contentDir, { pages: 24, mdxBytes: 1500 });
    const cache = join(outputRoot, 'incremental.cache');
    rmSync(cache, { recursive: true, force: true });
    const first = await buildSite({
      contentDir,
      outDir: join(outputRoot, 'incremental-first'),
      env: { ...env, ASTRO_CACHE_DIR: cache },
    });
    expect(first.code, first.output).toBe(0);

    // A newer release, which the site's own pages list (a copy of an older one under a later day,
    // so that the search's topic filter, which every page shows, stays the same); and one word of
    // an older release changed in its topic and in its published text alike.
    const model = readdirSync(contentDir).find((name) => name.endsWith('-release-4')) ?? '';
    const addedId = '2026-01-15-release-9';
    cpSync(join(contentDir, model), join(contentDir, addedId), { recursive: true });
    const day = model.slice(0, 10);
    const [year, month, date] = day.split('-').map(Number);
    const spelled = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, date)).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (const file of readdirSync(join(contentDir, addedId), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(mdx|txt)$/u.test(file)) continue;
      const path = join(contentDir, addedId, file);
      writeFileSync(
        path,
        readFileSync(path, 'utf8')
          .replaceAll(model, addedId)
          .replace(`published: "${day}"`, 'published: "2026-01-15"')
          .replace(`${spelled} Print version`, '15 January 2026 Print version'),
      );
    }
    const edited = readdirSync(contentDir).find((name) => name.endsWith('-release-2')) ?? '';
    const topic = join(contentDir, edited, 'topics', 'topic-1.mdx');
    const text = join(contentDir, edited, 'press-release.txt');
    const paragraph =
      readFileSync(topic, 'utf8')
        .split('\n')
        .find((line) => line.length > 60 && readFileSync(text, 'utf8').includes(line)) ?? '';
    expect(paragraph).not.toBe('');
    const changed = paragraph.replace(/ (\w+)/u, ' amended');
    expect(changed).not.toBe(paragraph);
    for (const file of [topic, text]) writeFileSync(file, readFileSync(file, 'utf8').replace(paragraph, changed));
    // And a topic of a third release retitled: its frontmatter alone changes.
    const retitled = readdirSync(contentDir).find((name) => name.endsWith('-release-3')) ?? '';
    const titled = join(contentDir, retitled, 'topics', 'topic-1.mdx');
    writeFileSync(titled, readFileSync(titled, 'utf8').replace(/^title: ".*"$/mu, 'title: "Retitled topic"'));

    const warmDir = join(outputRoot, 'incremental-warm');
    const warm = await buildSite({ contentDir, outDir: warmDir, env: { ...env, ASTRO_CACHE_DIR: cache } });
    expect(warm.code, warm.output).toBe(0);
    const copied = restored(warm.output);
    console.info(`incremental build: ${copied.length} pages and files copied from the last build`);
    // The unchanged releases' pages are copied, the real release's among them; no page of the
    // changed releases is (the edited one's cards, whose titles did not change, are), and no page
    // of the whole site (the home page lists the new release).
    expect(copied).toContain(`/releases/${realRelease}/full-text/index.html`);
    for (const changedRelease of [edited, retitled]) {
      expect(copied.filter((path) => path.startsWith(`/releases/${changedRelease}/`))).toEqual([]);
    }
    expect(copied.filter((path) => !path.startsWith('/releases/') && !path.startsWith('/social/'))).toEqual([]);

    const coldDir = join(outputRoot, 'incremental-cold');
    const cold = await buildSite({ contentDir, outDir: coldDir, env });
    expect(cold.code, cold.output).toBe(0);
    expect(restored(cold.output)).toEqual([]);
    const warmFiles = files(warmDir);
    expect(files(coldDir)).toEqual(warmFiles);
    const differing = warmFiles.filter(
      (file) => !readFileSync(join(warmDir, file)).equals(readFileSync(join(coldDir, file))),
    );
    expect(differing).toEqual([]);

    // What every page says besides its release's content, from the environment: no page is copied
    // (a card is drawn from its text alone, so the cards are).
    const republished = await buildSite({
      contentDir,
      outDir: join(outputRoot, 'incremental-republished'),
      env: { ...env, ASTRO_CACHE_DIR: cache, SITE_PUBLISHER: 'Another publisher' },
    });
    expect(republished.code, republished.output).toBe(0);
    expect(restored(republished.output).filter((path) => !path.startsWith('/social/'))).toEqual([]);
  });
});
