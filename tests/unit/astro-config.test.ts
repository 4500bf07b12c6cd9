import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const astroDist = join(dirname(require.resolve('astro/package.json')), 'dist');

describe('astro.config.mjs', () => {
  it('turns off the dev server’s invitation to upgrade Astro past its exact pin', async () => {
    delete process.env['ASTRO_DISABLE_UPDATE_CHECK'];
    await import('../../astro.config.mjs');
    expect(process.env['ASTRO_DISABLE_UPDATE_CHECK']).toBe('true');
    // The pinned Astro still reads that variable before it checks for a newer version.
    const check = readFileSync(join(astroDist, 'core/dev/update-check.js'), 'utf8');
    expect(check).toMatch(/process\.env\.ASTRO_DISABLE_UPDATE_CHECK !== "true"/u);
  });
});
