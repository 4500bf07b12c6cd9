import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, siteDir } from '../helpers/build';
import { readPage } from '../helpers/html';
import { declaredLayers, layersInOrder } from '../helpers/stylesheets';

describe('the built stylesheets', () => {
  const assets = join(siteDir, '_astro');
  const files = readdirSync(assets).filter((name) => name.endsWith('.css'));

  it('are two files, whatever components a page uses: one for screens, one for paper only', () => {
    expect(files).toHaveLength(2);
    for (const page of ['', 'releases/2019-01-28-stolen-assets-and-drug-trafficking/drug-trafficking/', 'about/']) {
      const links = [...readPage(siteDir, page).querySelectorAll('link[rel="stylesheet"]')];
      expect(links.map((link) => link.getAttribute('media'))).toEqual([null, 'print']);
      expect(new Set(links.map((link) => link.getAttribute('href')?.split('/').at(-1)))).toEqual(new Set(files));
    }
  });

  // A layer's place is where its name first appears, across the stylesheets in the order the page
  // links them: a component's stylesheet bundled before the declaration, or the print stylesheet
  // linked first, would move a layer to the front.
  it('keeps the cascade layers in the declared order', () => {
    const declared = declaredLayers(readFileSync(join(projectRoot, 'src/styles/tokens.css'), 'utf8'));
    const linked = [...readPage(siteDir, '').querySelectorAll('link[rel="stylesheet"]')].map(
      (link) => link.getAttribute('href')?.split('/').at(-1) ?? '',
    );
    const built = layersInOrder(linked.map((name) => readFileSync(join(assets, name), 'utf8')).join('\n'));
    expect(built).toEqual(declared);
  });
});
