import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pressSiteDir, pressSiteUrl, pressBase, siteDir } from '../helpers/build';

const release = '2019-01-28-stolen-assets-and-drug-trafficking';
const data = `releases/${release}/data/`;

interface Resource {
  name: string;
  path: string;
  format: string;
  mediatype: string;
  encoding: string;
  type?: string;
  schema?: { fields: { name: string; type: string }[] };
}

describe.each([
  // Without SITE_URL the package has no homepage: a bare path means nothing once downloaded.
  { dir: siteDir, homepage: undefined },
  { dir: pressSiteDir, homepage: `${pressSiteUrl}${pressBase}releases/${release}/` },
])('the data package of $dir', ({ dir, homepage }) => {
  const pkg = JSON.parse(readFileSync(join(dir, data, 'datapackage.json'), 'utf8')) as Record<string, unknown>;
  const resources = pkg['resources'] as Resource[];

  it('is a Frictionless Data Package v2 with its licence, its source and the release it belongs to', () => {
    expect(pkg['$schema']).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(pkg['name']).toMatch(/^[a-z0-9._-]+$/u);
    expect(pkg['homepage']).toBe(homepage);
    expect(pkg['licenses']).toEqual([
      expect.objectContaining({ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }),
    ]);
    // The source is the original, at the Office's address, whatever this copy's address.
    expect(pkg['sources']).toEqual([
      {
        title: "General Prosecutor's Office of the Republic of Kazakhstan",
        path: 'http://m.prokuror.kz/eng/news/press-releases/general-prosecutors-office-they-discussed-issues-return-stolen-assets-and-fight',
      },
    ]);
    expect(pkg['description']).toContain('reproduced verbatim; this project does not license it');
    expect(pkg['description']).toContain('first published at http://m.prokuror.kz/');
  });

  it('lists every other file of the data folder once, each present, in UTF-8', () => {
    const files = readdirSync(join(dir, data), { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'datapackage.json' && !entry.name.endsWith('.html'))
      .map((entry) => entry.name)
      .sort();
    expect(resources.map((resource) => resource.path).sort()).toEqual(files);
    expect(new Set(resources.map((resource) => resource.name)).size).toBe(resources.length);
    for (const resource of resources) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/u);
      expect(resource.encoding).toBe('utf-8');
      expect(existsSync(join(dir, data, resource.path))).toBe(true);
    }
  });

  it('describes each CSV file by its columns, in the order of its header', () => {
    const tables = resources.filter((resource) => resource.path.endsWith('.csv'));
    expect(tables.map((table) => table.path).sort()).toEqual(
      ['dates.csv', 'figures.csv', 'instructions.csv', 'people.csv'].sort(),
    );
    for (const table of tables) {
      expect(table).toMatchObject({ type: 'table', format: 'csv', mediatype: 'text/csv' });
      const header = readFileSync(join(dir, data, table.path), 'utf8').split(/\r?\n/u)[0] ?? '';
      expect(table.schema?.fields.map((field) => field.name)).toEqual(header.split(','));
      const types = Object.fromEntries((table.schema?.fields ?? []).map((field) => [field.name, field.type]));
      expect(types['paragraph']).toBe('integer');
      if (table.path === 'figures.csv') expect(types['value']).toBe('number');
    }
  });
});
