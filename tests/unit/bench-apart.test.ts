import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build';

describe('the benchmarks in bench/', () => {
  it('are imported by no test and no module of the site', () => {
    const files = ['tests', 'src', 'scripts'].flatMap((dir) =>
      readdirSync(join(projectRoot, dir), { recursive: true, encoding: 'utf8' })
        .filter((path) => /\.(ts|astro|mjs)$/u.test(path) && !path.includes('.output'))
        .map((path) => join(projectRoot, dir, path)),
    );
    expect(files.length).toBeGreaterThan(100);
    const importing = files.filter((file) => /from\s+'(?:\.\.\/)+bench\//u.test(readFileSync(file, 'utf8')));
    expect(importing.map((file) => relative(projectRoot, file))).toEqual([]);
  });
});
