import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, siteDir } from '../helpers/build';
import { declaredLayers, layersInOrder } from '../helpers/stylesheets';

describe('the built stylesheet', () => {
  const assets = join(siteDir, '_astro');
  const files = readdirSync(assets).filter((name) => name.endsWith('.css'));

  it('is one file, whatever components a page uses', () => {
    expect(files).toHaveLength(1);
  });

  // A layer's place is where its name first appears: a component's stylesheet bundled before the
  // declaration would move its layer to the front.
  it('keeps the cascade layers in the declared order', () => {
    const declared = declaredLayers(readFileSync(join(projectRoot, 'src/styles/tokens.css'), 'utf8'));
    const built = layersInOrder(readFileSync(join(assets, files[0] ?? ''), 'utf8'));
    expect(built).toEqual(declared);
  });
});
