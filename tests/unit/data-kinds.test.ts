import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOrder, dataKind, dataKinds } from '../../src/lib/data/kinds';
import { datumAnchor, datumPath } from '../../src/lib/data/data-anchors';
import { isDataPage, routes } from '../../src/lib/site/routes';
import { publishedRecords } from '../../src/lib/open-data/open-data';
import { projectRoot } from '../helpers/build';
import { realReleaseData } from '../helpers/release-data';

describe('the registry of data kinds', () => {
  it('lists the four kinds in the order the navigation shows them', () => {
    expect(dataKinds.map((kind) => kind.id)).toEqual(['figures', 'instructions', 'people', 'dates']);
    expect(dataKind('people').title).toBe('People and organisations');
  });

  it('gives each kind its own page, anchor and file name', () => {
    for (const key of ['id', 'page', 'anchor', 'title'] as const) {
      expect(new Set(dataKinds.map((kind) => kind[key])).size, key).toBe(dataKinds.length);
    }
  });

  it('has a page in src/pages for every kind', () => {
    for (const kind of dataKinds) {
      expect(
        existsSync(join(projectRoot, 'src/pages/[...lang]/releases/[release]/data', `${kind.page}.astro`)),
        kind.id,
      ).toBe(true);
    }
  });

  it('addresses each kind’s page and data by the kind’s own words', () => {
    expect(routes.dataPage.dates.path('r-1')).toBe('releases/r-1/data/timeline/');
    expect(routes.dataPage.figures.path('r-1')).toBe('releases/r-1/data/figures/');
    expect(datumAnchor('people', 'general-prosecutor')).toBe('person-general-prosecutor');
    expect(datumAnchor('instructions', 'x')).toBe('instruction-x');
    expect(datumPath('dates', 'r-1', 'year-2018')).toBe('releases/r-1/data/timeline/#date-year-2018');
  });

  it('knows a kind’s page from any other page of a release', () => {
    for (const kind of dataKinds) expect(isDataPage(routes.dataPage[kind.id].path('r-1')), kind.id).toBe(true);
    for (const path of [
      'releases/r-1/data/',
      'releases/r-1/data/cite/',
      'releases/r-1/figures/',
      'releases/r-1/data/figures/x/',
    ]) {
      expect(isDataPage(path), path).toBe(false);
    }
  });

  it('ends every CSV with where the record comes from, and starts it with the id', () => {
    for (const kind of dataKinds) {
      const headings = kind.csvColumns.map((column) => column.heading);
      expect(headings[0], kind.id).toBe('id');
      expect(headings.join(','), kind.id).toContain('sentence,topic,paragraph,url');
    }
  });

  it('publishes records that its published schema accepts, one per datum', () => {
    const { data } = realReleaseData();
    const records = publishedRecords('r', data, (path) => `https://example.org/${path}`);
    for (const kind of dataKinds) {
      expect(records[kind.id], kind.id).toHaveLength(data[kind.id].length);
      for (const record of records[kind.id]) {
        const result = kind.publishedSchema.safeParse(record);
        // On failure, the schema's own issues, each at its field, rather than a bare "it threw".
        const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
        expect(issues, `${kind.id} ${JSON.stringify(record)}`).toEqual([]);
        // Accepted as it is: nothing the schema does not know of dropped, nothing rewritten.
        expect(result.data, kind.id).toEqual(record);
      }
    }
  });
});

describe('the order in which kinds are checked', () => {
  it('holds every kind once, each after the kinds it needs', () => {
    expect([...checkOrder].map((k) => k.id).sort()).toEqual(dataKinds.map((k) => k.id).sort());
    checkOrder.forEach((k, i) => {
      const before = checkOrder.slice(0, i).map((one) => one.id);
      for (const needed of k.needs ?? []) expect(before, `${k.id} needs ${needed.id}`).toContain(needed.id);
    });
  });

  it('names only registered kinds in every kind’s needs', () => {
    for (const k of dataKinds) {
      for (const needed of k.needs ?? [])
        expect(
          dataKinds.map((one) => one.id),
          k.id,
        ).toContain(needed.id);
    }
  });
});
