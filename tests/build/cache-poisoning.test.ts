import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot } from '../helpers/build';
import { contentCopy, realRelease } from '../helpers/fixtures';

/** The files in which two built sites differ, or that one has and the other lacks. */
function diffTrees(a: string, b: string): string[] {
  const list = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort();
  const left = list(a);
  const right = list(b);
  const all = [...new Set([...left, ...right])].sort();
  return all.filter(
    (file) =>
      !left.includes(file) || !right.includes(file) || !readFileSync(join(a, file)).equals(readFileSync(join(b, file))),
  );
}

describe('a build cache is not trusted', () => {
  it('a warm build over a cache altered file by file writes the site a cold build writes', async () => {
    const contentDir = contentCopy('poisoned-cache');
    const outDir = join(outputRoot, 'poisoned-cache');
    const cache = `${outDir}.cache`;
    const cold = await buildSite({ contentDir, outDir });
    expect(cold.code, cold.output).toBe(0);
    const coldSite = `${outDir}-cold`;
    rmSync(coldSite, { recursive: true, force: true });
    cpSync(outDir, coldSite, { recursive: true });
    const cached = readdirSync(cache, { recursive: true, encoding: 'utf8' });
    const first = (pattern: RegExp): string => {
      const file = cached.find((path) => pattern.test(path));
      expect(file, String(pattern)).toBeDefined();
      return join(cache, file ?? '');
    };
    const alter = (file: string, change: (text: string) => string): void => {
      const before = readFileSync(file, 'latin1');
      const after = change(before);
      expect(after, file).not.toBe(before);
      writeFileSync(file, after, 'latin1');
    };

    // Each kind of file the cache keeps, altered as an attacker with the cache would.
    const text = first(new RegExp(`${realRelease}/press-release\\.txt$`, 'u'));
    alter(text, (body) => `${body}\nA line no one published.\n`);
    const page = first(/^dist\/releases\/.+\/drug-trafficking\/index\.html$/u);
    alter(page, (html) =>
      html
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/u, '')
        .replace('</head>', '<script src="https://evil.example/x.js"></script></head>'),
    );
    const pdf = first(/^drawings\/.+\.pdf$/u);
    alter(pdf, (bytes) => bytes.replace('%%EOF', '%%EOF\n% poisoned'));
    const card = first(/^drawings\/.+\.png$/u);
    alter(card, (bytes) => `${bytes}poisoned`);
    const store = join(cache, 'data-store.json');
    alter(store, (json) => json.replaceAll('387 kg', '38 kg'));

    const warm = await buildSite({ contentDir, outDir });
    expect(warm.code, warm.output).toBe(0);
    expect(warm.output).toMatch(/build cache: 5 files in .+ changed since the last build sealed them/u);
    expect(diffTrees(coldSite, outDir)).toEqual([]);

    // The record of what to restore, and the seal itself: each alone makes the next build start anew.
    alter(join(cache, 'incremental-build.json'), (json) => json.replace('"cacheKey": "', '"cacheKey": "x'));
    const again = await buildSite({ contentDir, outDir });
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(
      /build cache: 1 file in .+ changed since the last build sealed them \(incremental-build\.json\)/u,
    );
    expect(diffTrees(coldSite, outDir)).toEqual([]);
    alter(join(cache, 'seal.json'), (json) => json.replace(/"[0-9a-f]{64}"/u, `"${'0'.repeat(64)}"`));
    const unsealed = await buildSite({ contentDir, outDir });
    expect(unsealed.code, unsealed.output).toBe(0);
    expect(unsealed.output).toMatch(/build cache: 1 file in .+ changed since the last build sealed them/u);
    expect(diffTrees(coldSite, outDir)).toEqual([]);
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
