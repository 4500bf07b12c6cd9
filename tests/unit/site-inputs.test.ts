import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteInputs } from '../../src/lib/site/site-inputs';

describe('what every page of the site is keyed by, besides its release', () => {
  it('changes with a font file, though no lock file or source changed', () => {
    const root = mkdtempSync(join(tmpdir(), 'site-inputs-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
    writeFileSync(join(root, 'src', 'page.ts'), 'export const x = 1;');
    const font = join(root, 'face.woff');
    writeFileSync(font, Buffer.from([1, 2, 3, 4]));
    const before = siteInputs(root, [font]);
    expect(siteInputs(root, [font])).toBe(before);
    writeFileSync(font, Buffer.from([1, 2, 3, 5]));
    expect(siteInputs(root, [font])).not.toBe(before);
    writeFileSync(font, Buffer.from([1, 2, 3, 4]));
    writeFileSync(join(root, 'src', 'page.ts'), 'export const x = 2;');
    expect(siteInputs(root, [font])).not.toBe(before);
  });

  it('reads the project’s own font files by default', () => {
    expect(siteInputs()).toMatch(/^[0-9a-f]{64}$/u);
  });
});
