import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { pressBase, pressSiteDir, pressSiteUrl, projectRoot, siteDir } from '../helpers/build';
import { parse as parseCsvText } from 'csv-parse/sync';

// CSV is read with csv-parse, as reusers' tools would read it, not with the project's own code.
const parseCsv = (text: string): string[][] => parseCsvText(text) as string[][];
import { realRelease } from '../helpers/fixtures';
import { readPage } from '../helpers/html';
import { line, paragraphLines } from '../helpers/source';
import { parse as parseYaml } from 'yaml';

const data = `releases/${realRelease}/data/`;
const kinds = ['figures', 'instructions', 'people', 'dates'] as const;

function file(name: string, dir = siteDir): string {
  return readFileSync(join(dir, data, name), 'utf8');
}
function json(name: string, dir = siteDir): Record<string, unknown> {
  return JSON.parse(file(name, dir)) as Record<string, unknown>;
}
function validator(schemaFile: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  return ajv.compile(json(schemaFile));
}

describe('open data files', () => {
  it.each(kinds)('%s.json is valid against %s.schema.json, and names it', (kind) => {
    const document = json(`${kind}.json`);
    const validate = validator(`${kind}.schema.json`);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    // Built without SITE_URL, a file names no schema by a bare path, and says why it gives no address.
    expect(document).not.toHaveProperty('$schema');
    expect((document['provenance'] as { copy: string }).copy).toContain('built without SITE_URL');
    expect(json(`${kind}.json`, pressSiteDir)['$schema']).toBe(`${pressSiteUrl}${pressBase}${data}${kind}.schema.json`);
    expect((document['items'] as unknown[]).length).toBeGreaterThan(0);
  });

  it('the schemas refuse a record without its sentence, or with a field they do not know', () => {
    const validate = validator('figures.schema.json');
    const document = json('figures.json');
    const [first, ...rest] = document['items'] as Record<string, unknown>[];
    const { sentence: _, ...withoutSentence } = first ?? {};
    expect(validate({ ...document, items: [withoutSentence, ...rest] })).toBe(false);
    expect(validate({ ...document, items: [{ ...first, note: 'x' }, ...rest] })).toBe(false);
  });

  it.each(kinds)('%s.csv has a heading row and the same records as the JSON', (kind) => {
    const [heading, ...rows] = parseCsv(file(`${kind}.csv`));
    const items = json(`${kind}.json`)['items'] as Record<string, unknown>[];
    expect(rows.map((row) => row[heading!.indexOf('id')])).toEqual(items.map((item) => item['id']));
    for (const [i, row] of rows.entries()) {
      expect(row).toHaveLength(heading!.length);
      expect(row[heading!.indexOf('sentence')]).toBe(items[i]?.['sentence']);
      expect(row[heading!.indexOf('paragraph')]).toBe(String(items[i]?.['paragraph']));
    }
  });

  it('release.json holds the metadata, every paragraph with its id, and all the data, valid against its schema', () => {
    const document = json('release.json');
    const validate = validator('release.schema.json');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    const press = json('release.json', pressSiteDir);
    expect(validate(press), JSON.stringify(validate.errors)).toBe(true);
    expect(document['headline']).toBe(line(1));
    expect(document['attribution']).toBe(line(57));
    expect(document['published']).toBe('2019-01-28');
    const paragraphs = document['paragraphs'] as { number: number; anchor: string; text: string; url?: string }[];
    expect(paragraphs.map((p) => p.text)).toEqual(paragraphLines(6, 54));
    expect(paragraphs.map((p) => p.anchor)).toEqual(paragraphs.map((_, i) => `p${i + 1}`));
    expect(paragraphs.filter((p) => p.url !== undefined)).toEqual([]);
    // Built with its address, each paragraph's address is a page of the site that holds it under that id.
    for (const paragraph of press['paragraphs'] as { text: string; url: string }[]) {
      const url = new URL(paragraph.url);
      expect(url.origin).toBe(pressSiteUrl);
      const page = readPage(pressSiteDir, url.pathname.slice(pressBase.length));
      expect(page.getElementById(url.hash.slice(1))?.textContent).toContain(paragraph.text.slice(-30));
    }
    for (const kind of kinds) expect(document[kind]).toEqual(json(`${kind}.json`)['items']);
    const topics = document['topics'] as { id: string; paragraphs: number[] }[];
    expect(topics.map((t) => t.id)).toEqual(['drug-trafficking', 'asset-recovery', 'work-plan']);
    expect(topics.flatMap((t) => t.paragraphs)).toEqual(paragraphs.slice(2).map((p) => p.number));
  });

  it('are linked from the open-data page, and every link there resolves to a file', () => {
    const doc = readPage(siteDir, data);
    const links = [...doc.querySelectorAll('main a')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((h) => /\.(json|csv|bib)$/u.test(h));
    expect(links).toEqual(
      expect.arrayContaining([
        ...kinds.flatMap((kind) => ['json', 'csv', 'schema.json'].map((format) => `/${data}${kind}.${format}`)),
        `/${data}release.json`,
        `/${data}release.schema.json`,
        `/${data}citation.bib`,
        `/${data}citation.csl.json`,
      ]),
    );
    for (const link of links) expect(() => readFileSync(join(siteDir, link))).not.toThrow();
  });

  it('the citation files give the release as reference managers read it', () => {
    const bib = file('citation.bib');
    expect(bib).toMatch(new RegExp(`^@misc\\{${realRelease},`, 'mu'));
    expect(bib).toContain(`title        = {{${line(1)}}}`);
    expect(bib).toContain('year         = {2019}');
    const [item] = JSON.parse(file('citation.csl.json')) as Record<string, unknown>[];
    expect(item?.['issued']).toEqual({ 'date-parts': [[2019, 1, 28]] });
    expect(item?.['title']).toBe(line(1));
  });

  it("gives each figure's period as the text writes it, its first and last day, and its id apart", () => {
    const dates = parseYaml(
      readFileSync(join(projectRoot, 'content/releases', realRelease, 'data/dates.yaml'), 'utf8'),
    ) as {
      id: string;
      as: string;
      when: string;
    }[];
    const [head = [], ...rows] = parseCsv(file('figures.csv'));
    const column = (row: string[], name: string): string | undefined => row[head.indexOf(name)];
    const withPeriod = rows.filter((row) => column(row, 'period_id') !== '');
    expect(withPeriod.length).toBeGreaterThan(0);
    for (const row of withPeriod) {
      const date = dates.find((one) => one.id === column(row, 'period_id'));
      expect(date, column(row, 'id')).toBeDefined();
      expect(column(row, 'period')).toBe(date?.as);
      // A year spans 1 January to 31 December; a day, itself.
      const [from = '', to = from] = (date?.when ?? '').split('/');
      const first = /^\d{4}$/u.test(from) ? `${from}-01-01` : from;
      const last = /^\d{4}$/u.test(to) ? `${to}-12-31` : to;
      expect([column(row, 'period_start'), column(row, 'period_end')]).toEqual([first, last]);
    }
    expect(rows.filter((row) => column(row, 'period_id') === '').every((row) => column(row, 'period') === '')).toBe(
      true,
    );
  });
});
