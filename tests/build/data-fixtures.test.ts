import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot } from '../helpers/build';
import { contentCopy, edit, realRelease } from '../helpers/fixtures';
import { readPage } from '../helpers/html';

const figures = `${realRelease}/data/figures.yaml`;

// Each kind of bad data: the build stops, its message names the file, the datum and the field at
// fault (on one line, or just after the datum for a schema error), and no page is written.
const bad = [
  {
    name: 'sentence-not-in-text',
    file: figures,
    change: (text: string) =>
      text.replace(
        'Since 2015, only 17% of the stolen funds has been recovered.',
        'Since 2015, only 17% of the stolen funds have been recovered.',
      ),
    datum: 'funds-recovered',
    field: 'sentence',
    says: /is not a sentence of the official text, word for word/u,
  },
  {
    name: 'number-not-in-sentence',
    file: figures,
    change: (text: string) => text.replace(/^ {2}value: 86$/mu, '  value: 68'),
    datum: 'property-not-arrested',
    field: 'value',
    says: /the number “68” is not in its sentence/u,
  },
  {
    name: 'digits-in-editorial-text',
    file: figures,
    change: (text: string) =>
      text.replace(/^ {2}measure: Stolen funds recovered$/mu, '  measure: Stolen funds recovered (17%)'),
    datum: 'funds-recovered',
    field: 'measure',
    says: /must not contain digits/u,
  },
  {
    name: 'unknown-inline-figure',
    file: `${realRelease}/topics/drug-trafficking.mdx`,
    change: (text: string) => text.replace('<KeyFigure id="heroin-seized" />', '<KeyFigure id="heroin-sized" />'),
    datum: 'heroin-sized',
    field: 'KeyFigure',
    says: /there is no such datum/u,
  },
];

describe('bad data stops the build', () => {
  it.each(bad)(
    '$name: names $file, the datum $datum and the field $field',
    async ({ name, file, change, datum, field, says }) => {
      const contentDir = contentCopy(name);
      edit(contentDir, file, change);
      const outDir = join(outputRoot, name);
      const result = await buildSite({ contentDir, outDir });
      expect(result.code).not.toBe(0);
      const lines = result.output.split('\n');
      const message = lines
        .map((l, i) => (l.includes(datum) ? lines.slice(i, i + 3).join(' ') : ''))
        .find((m) => new RegExp(`\\b${field}\\b`, 'u').test(m) && says.test(m));
      expect(message, result.output).toBeDefined();
      expect(result.output).toContain(file);
      expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    },
  );
});

describe('a site served under a path, at a known address', () => {
  it('gives absolute addresses in the open data and the citations', async () => {
    const outDir = join(outputRoot, 'data-under-path');
    const result = await buildSite({ outDir, env: { SITE_URL: 'https://example.org', BASE_PATH: '/press/' } });
    expect(result.code, result.output).toBe(0);
    const release = `https://example.org/press/releases/${realRelease}/`;
    const figures = JSON.parse(readFileSync(join(outDir, 'releases', realRelease, 'data/figures.json'), 'utf8')) as {
      $schema: string;
      items: { id: string; url: string }[];
    };
    expect(figures.$schema).toBe(`${release}data/figures.schema.json`);
    expect(figures.items.find((item) => item.id === 'funds-recovered')?.url).toBe(`${release}asset-recovery/#p19`);
    // The citation cites the original; this copy's address is in its note.
    expect(readFileSync(join(outDir, 'releases', realRelease, 'data/citation.bib'), 'utf8')).toMatch(
      new RegExp(`^ {2}note {9}= \\{This copy by .*, at ${release.replace(/[.]/gu, '\\.')}\\},$`, 'mu'),
    );
    const page = readPage(outDir, `releases/${realRelease}/asset-recovery/`);
    const overview = readPage(outDir, `releases/${realRelease}/`);
    expect([...overview.querySelectorAll('cite-this [data-address]')].map((el) => el.textContent)).toEqual([release]);
    const citations = readPage(outDir, `releases/${realRelease}/data/cite/`);
    const cited = [...citations.querySelectorAll('cite-this [data-address]')].map((el) => el.textContent);
    expect(cited).toContain(`${release}asset-recovery/#p19`);
    expect(page.querySelector('.data-panel__more')?.getAttribute('href')).toMatch(
      /^\/press\/releases\/.*\/data\/figures\/#group-asset-recovery$/u,
    );
  });
});
