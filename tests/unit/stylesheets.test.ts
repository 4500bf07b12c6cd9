import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build';
import { declaredLayers, topLevelPreludes } from '../helpers/stylesheets';

const src = join(projectRoot, 'src');
const stylesheets = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.css'))
  .map((path) => ({ path: relative(projectRoot, join(src, path)), text: readFileSync(join(src, path), 'utf8') }));

describe('the stylesheets of src/', () => {
  it('declare the order of the cascade layers once, in src/styles/tokens.css', () => {
    const declaring = stylesheets.filter(({ text }) => declaredLayers(text) !== undefined).map(({ path }) => path);
    expect(declaring).toEqual(['src/styles/tokens.css']);
  });

  it('put every rule in one of those layers (@page alone stands outside: nothing else sets the page box)', () => {
    const tokens = stylesheets.find(({ path }) => path === 'src/styles/tokens.css')?.text ?? '';
    const layers = declaredLayers(tokens) ?? [];
    expect(layers.length).toBeGreaterThan(1);
    const allowed = new Set([`@layer ${layers.join(', ')}`, '@page', ...layers.map((name) => `@layer ${name}`)]);
    for (const { path, text } of stylesheets) {
      expect(
        topLevelPreludes(text).filter((prelude) => !allowed.has(prelude.replace(/\s+/gu, ' '))),
        path,
      ).toEqual([]);
    }
  });
});
