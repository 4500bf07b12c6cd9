import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/build';

describe('the built stylesheet', () => {
  const assets = join(siteDir, '_astro');
  const files = readdirSync(assets).filter((name) => name.endsWith('.css'));

  it('is one file, whatever components a page uses', () => {
    expect(files).toHaveLength(1);
  });
});
