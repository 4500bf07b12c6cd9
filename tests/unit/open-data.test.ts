import { describe, expect, it } from 'vitest';
import { barLayout, labelLines, labelWidth } from '../../src/lib/data/charts';
import {
  bibtexEntry,
  bibtexEscape,
  apaCitation,
  citationParts,
  citationText,
  cslItem,
  openingWords,
  type CitedRelease,
} from '../../src/lib/open-data/citation';
import { csvField, kindToCsv, publishedRecords, toCsv } from '../../src/lib/open-data/open-data';
import { dateLabel, figureText } from '../../src/lib/data/release-data';
import { parseWhen } from '../../src/schemas/when';
import { parse as parseCsvText } from 'csv-parse/sync';

// CSV is read with csv-parse, as reusers' tools would read it, not with the project's own code.
const parseCsv = (text: string): string[][] => parseCsvText(text) as string[][];
import { realReleaseData } from '../helpers/release-data';

const release: CitedRelease = {
  id: 'r-2019',
  language: 'en',
  author: "Press Service of the General Prosecutor's Office",
  title: 'At the Office they discussed 100% & more_',
  publisher: "General Prosecutor's Office",
  place: 'Astana',
  published: new Date('2019-01-28T00:00:00Z'),
  original: 'http://m.prokuror.kz/eng/news/x',
  copyPublisher: 'Open Law Lab',
};

describe('CSV', () => {
  it('quotes fields with commas, quotes or line breaks, and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(1500)).toBe('1500');
  });

  it('neutralises a text a spreadsheet would run as a formula, and leaves numbers as they are', () => {
    expect(csvField('=HYPERLINK("http://evil.example","x")')).toBe('"\'=HYPERLINK(""http://evil.example"",""x"")"');
    expect(csvField('@SUM(A:A)')).toBe("'@SUM(A:A)");
    expect(csvField("-cmd|' /C calc'!A")).toBe("'-cmd|' /C calc'!A");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\rx"');
    expect(csvField(-5)).toBe('-5');
    expect(csvField('Drug crimes, on average')).toBe('"Drug crimes, on average"');
    // A spreadsheet-style reader gets the text back with the apostrophe it shows nowhere.
    expect(parseCsv(`${csvField('=1+1')}\r\n`)).toEqual([["'=1+1"]]);
  });

  it('writes a heading row and one row per record, which a CSV reader reads back', () => {
    const records = [
      { a: 'x, "y"', b: 2 },
      { a: 'line\nbreak', b: undefined },
    ];
    const text = toCsv(records, [
      { heading: 'a', value: (r) => r.a },
      { heading: 'b', value: (r) => r.b },
    ]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['x, "y"', '2'],
      ['line\nbreak', ''],
    ]);
  });

  it('writes every figure of the release with its sentence and address', () => {
    const { data } = realReleaseData();
    const records = publishedRecords('r', data, (path) => `https://example.org/${path}`);
    const [heading, ...rows] = parseCsv(kindToCsv('figures', records.figures));
    expect(rows).toHaveLength(data.figures.length);
    const column = (name: string): number => heading?.indexOf(name) ?? -1;
    const heroin = rows.find((row) => row[column('id')] === 'heroin-seized');
    expect(heroin?.[column('value')]).toBe('387');
    expect(heroin?.[column('unit')]).toBe('kg');
    expect(heroin?.[column('sentence')]).toBe('97 tons of various drugs were seized, including 387 kg of heroin.');
    expect(heroin?.[column('url')]).toMatch(/^https:\/\/example\.org\/releases\/.*\/drug-trafficking\/#p5$/u);
  });
});

describe('citations', () => {
  it('give author, title, genre, paragraph, place, publisher, date, address, and no placeholder for the date accessed', () => {
    expect(citationText(release, 'https://example.org/r/#p5', 5)).toBe(
      "Press Service of the General Prosecutor's Office. “At the Office they discussed 100% & more_”. Press release, paragraph 5. " +
        "Astana: General Prosecutor's Office, 28 January 2019. First published at http://m.prokuror.kz/eng/news/x. " +
        'This copy by Open Law Lab, at https://example.org/r/#p5.',
    );
    expect(citationText(release, 'https://example.org/r/')).not.toContain('paragraph');
  });

  it('give the APA form: group author, date, title and genre, publisher, the original, then whose copy', () => {
    expect(apaCitation(release, 'https://example.org/r/')).toBe(
      "Press Service of the General Prosecutor's Office. (2019, January 28). At the Office they discussed 100% & more_ " +
        "[Press release]. General Prosecutor's Office. http://m.prokuror.kz/eng/news/x (This copy by Open Law Lab, at https://example.org/r/)",
    );
    expect(apaCitation(release, undefined)).toMatch(/\(This copy by Open Law Lab\)$/u);
  });

  it('set the address apart, absolute when the site is known and a path from the base otherwise', () => {
    const parts = citationParts(release, 'r-2019/#p5', { site: 'https://example.org', base: '/press/' }, 5);
    expect(parts.address).toEqual({ path: '/press/r-2019/#p5', text: 'https://example.org/press/r-2019/#p5' });
    expect(parts.before).toBe(
      "Press Service of the General Prosecutor's Office. “At the Office they discussed 100% & more_”. Press release, paragraph 5. " +
        "Astana: General Prosecutor's Office, 28 January 2019. First published at http://m.prokuror.kz/eng/news/x. " +
        'This copy by Open Law Lab, at ',
    );
    expect(parts.after).toBe('.');
    const local = citationParts(release, 'r-2019/', { site: undefined, base: '/' });
    expect(local.address).toEqual({ path: '/r-2019/', text: '/r-2019/' });
    expect(local.before).not.toContain('paragraph');
  });

  it('escape what BibTeX would read as commands', () => {
    expect(bibtexEscape('100% & more_ {x} #1 $ ~ ^ \\')).toBe(
      '100\\% \\& more\\_ \\{x\\} \\#1 \\$ \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('make a BibTeX entry whose fields read back', () => {
    const entry = bibtexEntry(release, 'https://example.org/r/');
    expect(entry.startsWith('@misc{r-2019,\n')).toBe(true);
    expect(entry.trimEnd().endsWith('}')).toBe(true);
    const fields = Object.fromEntries([...entry.matchAll(/^ {2}(\w+)\s*= (.*),$/gmu)].map((m) => [m[1], m[2]]));
    expect(fields).toEqual({
      author: "{{Press Service of the General Prosecutor's Office}}",
      title: '{{At the Office they discussed 100\\% \\& more\\_}}',
      howpublished: '{Press release}',
      organization: "{General Prosecutor's Office}",
      address: '{Astana}',
      year: '{2019}',
      month: 'jan',
      date: '{2019-01-28}',
      url: '{http://m.prokuror.kz/eng/news/x}',
      note: '{This copy by Open Law Lab, at https://example.org/r/}',
    });
  });

  it('keep a hostile site address inside its field', () => {
    // What SITE_URL=https://x},note={Forged},howpublished={y.org/ gives as the copy's address.
    const address = new URL('https://x},note={Forged},howpublished={y.org/').href;
    const entry = bibtexEntry(release, address);
    const fields = [...entry.matchAll(/^ {2}(\w+)\s*= /gmu)].map((m) => m[1]);
    expect(fields).toEqual([
      'author',
      'title',
      'howpublished',
      'organization',
      'address',
      'year',
      'month',
      'date',
      'url',
      'note',
    ]);
    // Every brace of the field's value is escaped: the field closes where it should.
    const note = /^ {2}note {9}= \{(.*)\},$/mu.exec(entry)?.[1] ?? '';
    expect(note.replace(/\\[{}]/gu, '')).not.toMatch(/[{}]/u);
  });

  it('leave a copy without a known address out of the entry, and say why in a comment', () => {
    const entry = bibtexEntry(release, undefined);
    expect(entry).toMatch(
      /^% This copy's address is left out: the site was built without SITE_URL\.\n@misc\{r-2019,\n/u,
    );
    expect(entry).toContain('note         = {This copy by Open Law Lab},');
    // A brace in an address would end the field early: it is encoded; an encoded address stays as it is.
    expect(bibtexEntry({ ...release, original: 'https://x.org/a}b{c%20d' }, undefined)).toContain(
      'url          = {https://x.org/a%7Db%7Bc%20d},',
    );
  });

  it('make a CSL-JSON item with a literal author and date parts', () => {
    expect(cslItem(release, 'https://example.org/r/')).toEqual({
      id: 'r-2019',
      type: 'report',
      language: 'en',
      genre: 'Press release',
      title: release.title,
      author: [{ literal: release.author }],
      publisher: release.publisher,
      'publisher-place': 'Astana',
      issued: { 'date-parts': [[2019, 1, 28]] },
      URL: 'http://m.prokuror.kz/eng/news/x',
      note: 'This copy by Open Law Lab, at https://example.org/r/',
    });
  });
});

describe('charts', () => {
  it('draw bars in proportion to their values, the largest filling the plot', () => {
    const layout = barLayout([
      { label: '2017', value: 15, display: '15%' },
      { label: '2018', value: 30, display: '30%' },
    ]);
    const [a, b] = layout.bars;
    expect(b?.width).toBe(layout.plotWidth);
    expect(a?.width).toBeCloseTo(layout.plotWidth / 2);
    expect(b!.y).toBeGreaterThan(a!.y + layout.barHeight);
    expect(layout.height).toBeGreaterThanOrEqual(b!.y + layout.barHeight);
  });

  it('draw falls leftwards from an axis on the right, so that a larger fall is a longer drop', () => {
    const layout = barLayout([
      { label: '2017', value: 15, display: '↓ 15%', decrease: true },
      { label: '2018', value: 30, display: '↓ 30%', decrease: true },
    ]);
    const [a, b] = layout.bars;
    expect(layout.axisX).toBe(layout.width);
    for (const bar of [a, b]) expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBeCloseTo(layout.axisX);
    expect(b!.x).toBeLessThan(a!.x);
    expect(a?.anchor).toBe('end');
    expect(a!.valueX).toBeLessThan(a!.x);
  });

  it('refuse a chart that mixes falls and rises', () => {
    expect(() =>
      barLayout([
        { label: 'a', value: 1, display: '1', decrease: true },
        { label: 'b', value: 2, display: '2' },
      ]),
    ).toThrow(RangeError);
  });

  it('draw a share on the scale of its whole', () => {
    const layout = barLayout([{ label: 'Recovered', value: 17, display: '17%' }], 100);
    expect(layout.bars[0]?.width).toBeCloseTo(layout.plotWidth * 0.17);
  });

  it('wrap a label wider than the chart between words, and make its row taller', () => {
    const long = '2015 to 21 December 2018 (“Since 2015”)';
    const layout = barLayout([
      { label: long, value: 2, display: '2' },
      { label: '2018', value: 1, display: '1' },
    ]);
    const [a, b] = layout.bars;
    expect(labelWidth(long)).toBeGreaterThan(layout.width);
    // Broken before the parenthesis, which fits on a line of its own.
    expect(a?.labelLines.map((line) => line.text)).toEqual(['2015 to 21 December 2018', '(“Since 2015”)']);
    for (const line of a?.labelLines ?? []) expect(labelWidth(line.text)).toBeLessThanOrEqual(layout.width);
    // The second line sits below the first, and the bar below both.
    expect(a!.labelLines[1]!.y).toBeGreaterThan(a!.labelLines[0]!.y);
    expect(a!.y).toBeGreaterThan(a!.labelLines[1]!.y);
    expect(b!.labelLines[0]!.y).toBeGreaterThan(a!.y + layout.barHeight);
    expect(layout.height).toBeGreaterThanOrEqual(b!.y + layout.barHeight);
  });

  it('keep a short label on one line, and a word too wide for any line on a line of its own', () => {
    expect(labelLines('2018')).toEqual(['2018']);
    const word = 'W'.repeat(40);
    expect(labelLines(`in ${word} out`)).toEqual(['in', word, 'out']);
    // A parenthesis too long for one line is broken between its words.
    expect(labelLines(`a (${'word '.repeat(30).trim()})`).join(' ')).toBe(`a (${'word '.repeat(30).trim()})`);
    expect(labelLines(`a (${'word '.repeat(30).trim()})`).length).toBeGreaterThan(2);
  });

  it('refuse values off the scale, and empty charts', () => {
    expect(() => barLayout([{ label: 'x', value: 117, display: '117%' }], 100)).toThrow(RangeError);
    expect(() => barLayout([])).toThrow(RangeError);
    expect(() => barLayout([{ label: 'x', value: 0, display: '0' }])).toThrow(RangeError);
  });
});

describe('labels', () => {
  it('write a figure as the text does', () => {
    expect(figureText({ written: '9', data: { unit: '%' } })).toBe('9%');
    expect(figureText({ written: '1,5 thousand', data: { unit: 'sentences' } })).toBe('1,5 thousand sentences');
  });

  it('say when a date was read from words that do not spell it', () => {
    expect(dateLabel({ when: parseWhen('2017')!, data: { as: 'in 2017' } })).toBe('2017');
    expect(
      dateLabel({ when: parseWhen('2018')!, data: { as: 'the current one', reading: 'The year of the meeting' } }),
    ).toBe('2018 (“the current one”)');
  });
});

describe('openingWords', () => {
  it('cuts between words, drops a trailing comma, and leaves a short text whole', () => {
    expect(openingWords('97 tons of various drugs were seized, including 387 kg of heroin.', 38)).toBe(
      '97 tons of various drugs were seized…',
    );
    expect(openingWords('Only 30% of criminal cases.', 80)).toBe('Only 30% of criminal cases.');
    expect(openingWords('Supercalifragilistic', 5)).toBe('Super…');
  });
});
