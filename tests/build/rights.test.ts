import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pressSiteDir, projectRoot, siteDir } from '../helpers/build';
import { readPage } from '../helpers/html';

const issuer = "General Prosecutor's Office of the Republic of Kazakhstan";

describe.each([siteDir, pressSiteDir])('the open data of %s', (dir) => {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    // The data package states its licence in its own terms (tests/build/data-package.test.ts).
    (path) => /\/data\/[^/]+\.json$/u.test(path) && !/\.(?:schema|csl)\.json$|\/datapackage\.json$/u.test(path),
  );

  it('holds the release file and a file per kind of data', () => {
    expect(files.map((path) => path.slice(path.lastIndexOf('/') + 1)).sort()).toEqual(
      ['dates.json', 'figures.json', 'instructions.json', 'people.json', 'release.json'].sort(),
    );
  });

  it.each(files)('%s says what is licensed and what is the Office’s', (path) => {
    const { license } = JSON.parse(readFileSync(join(dir, path), 'utf8')) as {
      license?: { id: string; url: string; note: string };
    };
    expect(license?.id).toBe('CC-BY-4.0');
    expect(license?.url).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(license?.note).toContain(issuer);
    expect(license?.note).toMatch(/verbatim; this project does not license it/u);
  });
});

describe.each([siteDir, pressSiteDir])('the open-data page of %s', (dir) => {
  it('says what is licensed and what is the Office’s, linking the licence', () => {
    const page = readPage(dir, 'releases/2019-01-28-stolen-assets-and-drug-trafficking/data/');
    const heading = page.querySelector('h2#rights');
    const text = heading?.nextElementSibling?.textContent?.replace(/\s+/gu, ' ') ?? '';
    expect(text).toContain(`the ${issuer}, reproduced verbatim: this site does not license it`);
    expect(text).toContain('is under CC BY 4.0; every JSON file says so in its license field.');
    const link = heading?.nextElementSibling?.querySelector('a[rel="license"]');
    expect(link?.getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(page.querySelector('main a[href="#rights"]')).not.toBeNull();
  });
});

describe('the code', () => {
  it('is under the MIT licence, in LICENSE and in package.json', () => {
    expect(readFileSync(join(projectRoot, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/u);
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { license?: string };
    expect(pkg.license).toBe('MIT');
  });
});
