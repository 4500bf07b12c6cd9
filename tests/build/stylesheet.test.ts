import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languagesSiteDir, projectRoot, siteDir } from '../helpers/build';
import { readPage } from '../helpers/html';
import { declaredLayers, layersInOrder } from '../helpers/stylesheets';

describe('the built stylesheets', () => {
  const assets = join(siteDir, '_astro');
  const files = readdirSync(assets).filter((name) => name.endsWith('.css'));

  it('are two files on every page, whatever components it uses: one for screens, one for paper only', () => {
    const linked = new Set<string>();
    for (const page of ['', 'releases/2019-01-28-stolen-assets-and-drug-trafficking/drug-trafficking/', 'about/']) {
      const links = [...readPage(siteDir, page).querySelectorAll('link[rel="stylesheet"]')];
      expect(links.map((link) => link.getAttribute('media'))).toEqual([null, 'print']);
      for (const link of links) linked.add(link.getAttribute('href')?.split('/').at(-1) ?? '');
    }
    expect(linked.size).toBe(2);
    // The one other file is the side-by-side page's own, which only that page links (the real
    // release, in one version, has none).
    expect(files.filter((name) => !linked.has(name))).toEqual([expect.stringMatching(/^ParallelText\./u)]);
  });

  it("keeps the layers' order on the side-by-side page too, whose own stylesheet follows the site's", () => {
    const page = readPage(languagesSiteDir, 'releases/2021-03-04-fixture-three-languages/parallel/ru/');
    const linked = [...page.querySelectorAll('link[rel="stylesheet"]')]
      .filter((link) => link.getAttribute('media') !== 'print')
      .map((link) => link.getAttribute('href')?.split('/').at(-1) ?? '');
    expect(linked).toEqual([expect.stringMatching(/^style\./u), expect.stringMatching(/^ParallelText\./u)]);
    const declared = declaredLayers(readFileSync(join(projectRoot, 'src/styles/tokens.css'), 'utf8'));
    const css = linked.map((name) => readFileSync(join(languagesSiteDir, '_astro', name), 'utf8')).join('\n');
    expect(layersInOrder(css)).toEqual(declared);
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
