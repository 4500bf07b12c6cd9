import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordEscapes } from '../../src/integrations/build-cache';

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
