import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot } from '../helpers/build';
import { contentCopy, realRelease } from '../helpers/fixtures';
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
