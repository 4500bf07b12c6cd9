import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const require = createRequire(import.meta.url);
const astroDist = join(dirname(require.resolve('astro/package.json')), 'dist');

describe('astro.config.mjs', () => {
  // Loading the config sets the variable in this process: put it back as it was for the next test.
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('turns off the dev server’s invitation to upgrade Astro past its exact pin', async () => {
    vi.stubEnv('ASTRO_DISABLE_UPDATE_CHECK', undefined);
    // Workers are reused between files: evaluate the config afresh, not from an earlier import.
    vi.resetModules();
    await import('../../astro.config.mjs');
    expect(process.env['ASTRO_DISABLE_UPDATE_CHECK']).toBe('true');
    // The pinned Astro still reads that variable before it checks for a newer version.
    const check = readFileSync(join(astroDist, 'core/dev/update-check.js'), 'utf8');
    expect(check).toMatch(/process\.env\.ASTRO_DISABLE_UPDATE_CHECK !== "true"/u);
  });
});
