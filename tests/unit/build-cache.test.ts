import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordEscapes, SEAL_FILE, sealCache, unsealedFiles } from '../../src/integrations/build-cache';

describe("Astro's incremental-build record", () => {
  it('names each output that lies outside the cached output folder, and only those', () => {
    const cache = mkdtempSync(join(tmpdir(), 'build-cache-'));
    expect(recordEscapes(cache)).toEqual([]);
    const paths = (outputFile: string) => ({ [`/${outputFile}/`]: { cacheKey: 'k', outputFile } });
    writeFileSync(
      join(cache, 'incremental-build.json'),
      JSON.stringify({
        routes: {
          a: { paths: paths('releases/x/index.html') },
          b: { paths: { ...paths('../../../README.md'), ...paths('/etc/passwd'), ...paths('a/../../b') } },
        },
      }),
    );
    expect(recordEscapes(cache)).toEqual(['../../../README.md', '/etc/passwd', 'a/../../b']);
  });
});

describe('the seal of the build cache', () => {
  const cacheWith = (files: Record<string, string>): string => {
    const cache = mkdtempSync(join(tmpdir(), 'sealed-cache-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(cache, path, '..'), { recursive: true });
      writeFileSync(join(cache, path), text);
    }
    return cache;
  };
  const files = { 'data-store.json': '{"a":1}', 'dist/x/index.html': '<p>x</p>', 'drawings/k.pdf': '%PDF' };

  it('vouches for every file of a cache it sealed, and for none when there is no seal', () => {
    const cache = cacheWith(files);
    expect(unsealedFiles(cache)).toEqual(Object.keys(files).sort());
    expect(sealCache(cache)).toBe(3);
    expect(unsealedFiles(cache)).toEqual([]);
  });

  it('names each file changed, added or linked since, and only those', () => {
    const cache = cacheWith(files);
    sealCache(cache);
    writeFileSync(join(cache, 'dist/x/index.html'), '<p>y</p>');
    writeFileSync(join(cache, 'drawings/new.png'), 'png');
    symlinkSync('/etc/hostname', join(cache, 'dist/link.html'));
    expect(unsealedFiles(cache)).toEqual(['dist/link.html', 'dist/x/index.html', 'drawings/new.png']);
  });

  it('vouches for nothing the seal itself was altered to vouch for', () => {
    const cache = cacheWith(files);
    sealCache(cache);
    writeFileSync(join(cache, 'data-store.json'), '{"a":2}');
    const seal = JSON.parse(readFileSync(join(cache, SEAL_FILE), 'utf8')) as { files: Record<string, string> };
    seal.files['data-store.json'] = '0'.repeat(64);
    seal.files['__proto__'] = 'x';
    writeFileSync(join(cache, SEAL_FILE), JSON.stringify(seal));
    expect(unsealedFiles(cache)).toEqual(['data-store.json']);
    writeFileSync(join(cache, SEAL_FILE), 'not json');
    expect(unsealedFiles(cache)).toEqual(Object.keys(files).sort());
  });
});
