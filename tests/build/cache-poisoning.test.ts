import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot } from '../helpers/build';
import { contentCopy, realRelease } from '../helpers/fixtures';

describe('a build cache is not trusted', () => {
  it('a cached published text with a line appended is never served: the warm build refuses it', async () => {
    const contentDir = contentCopy('poisoned-text');
    const outDir = join(outputRoot, 'poisoned-text');
    const cold = await buildSite({ contentDir, outDir });
    expect(cold.code, cold.output).toBe(0);
    // Every copy of the release's text the cache keeps, altered as an attacker with the cache would.
    const cache = `${outDir}.cache`;
    const cached = readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith(`${realRelease}/press-release.txt`),
    );
    expect(cached.length).toBeGreaterThan(0);
    for (const file of cached) appendFileSync(join(cache, file), '\nA line no one published.\n');

    const warm = await buildSite({ contentDir, outDir });
    const source = readFileSync(join(contentDir, realRelease, 'press-release.txt'));
    const served = readFileSync(join(outDir, 'releases', realRelease, 'press-release.txt'));
    console.info(`poisoned cache: the warm build ${warm.code === 0 ? 'succeeded' : 'stopped'}`);
    if (warm.code === 0) {
      expect(served.equals(source)).toBe(true);
    } else {
      expect(warm.output).toContain(
        `releases/${realRelease}/press-release.txt: served text: is not ${join(contentDir, realRelease, 'press-release.txt').replace(`${process.cwd()}/`, '')} byte for byte`,
      );
      // The last good site stays.
      expect(served.equals(source)).toBe(true);
    }
  });

  it('a cache record naming a file outside the cache stops the build, and the file stays', async () => {
    const contentDir = contentCopy('record-escape');
    const outDir = join(outputRoot, 'record-escape');
    const cold = await buildSite({ contentDir, outDir });
    expect(cold.code, cold.output).toBe(0);
    const victim = join(outputRoot, 'record-escape-victim.txt');
    writeFileSync(victim, 'a file of the project');
    const recordFile = join(`${outDir}.cache`, 'incremental-build.json');
    const record = JSON.parse(readFileSync(recordFile, 'utf8')) as {
      routes: Record<string, { paths: Record<string, { cacheKey: string; outputFile: string }> }>;
    };
    const route = Object.values(record.routes)[0];
    expect(route).toBeDefined();
    if (route) route.paths['/gone/'] = { cacheKey: 'x', outputFile: '../../record-escape-victim.txt' };
    writeFileSync(recordFile, JSON.stringify(record));

    const warm = await buildSite({ contentDir, outDir });
    expect(warm.code).not.toBe(0);
    expect(warm.output).toMatch(
      /record-escape\.cache\/incremental-build\.json: outputFile: "\.\.\/\.\.\/record-escape-victim\.txt" leads outside the build cache/u,
    );
    expect(existsSync(victim)).toBe(true);
  });
});
