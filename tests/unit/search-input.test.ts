import { describe, expect, it } from 'vitest';
import type { ReleaseData } from '../../src/lib/data/kinds';
import { unmatchedPages } from '../../src/integrations/pagefind';
import {
  dataRecords,
  indexedPages,
  searchInput,
  searchLanguages,
  searchVocabulary,
  type SearchModel,
} from '../../src/lib/search/search-input';

// A small release: an overview with one paragraph of lead, two topics, and a datum of each kind
// in each of the forms its card takes.
const source = (paragraph: number, topic: string) => ({
  sentence: `Official sentence ${paragraph}.`,
  paragraph,
  anchor: `p${paragraph}`,
  topic,
  topicId: topic === 'Overview' ? undefined : `r/${topic.toLowerCase()}`,
  path: `releases/r/#p${paragraph}`,
});

const model = (id: string, published = new Date(Date.UTC(2019, 0, 28))): SearchModel => ({
  entry: { id, data: { headline: 'They met in Astana', published } },
  topics: [
    { id: `${id}/drugs`, data: { title: 'Countering drugs' } },
    { id: `${id}/assets`, data: { title: 'Stolen assets' } },
  ],
  published: { paragraphs: ['Lead paragraph.', 'Drugs were seized.', 'Assets were returned.', 'More assets.'] },
  leadParagraphs: [1],
  topicParagraphs: new Map([
    [`${id}/drugs`, [2]],
    [`${id}/assets`, [3, 4]],
  ]),
});

const year2017 = {
  id: 'year-2017',
  data: { event: 'Detection fell', as: 'in 2017' },
  when: { start: { year: 2017 } },
  source: source(2, 'Drugs'),
};
const currentYear = {
  id: 'current-year',
  data: { event: 'Detection fell further', as: 'the current one', reading: 'The year of the meeting' },
  when: { start: { year: 2018 } },
  source: source(2, 'Drugs'),
};
const nextYear = {
  id: 'next-year',
  data: { event: 'The year of the youth', as: 'the next year' },
  when: { start: { year: 2019, month: 2 }, end: { year: 2019, month: 6 } },
  source: source(1, 'Overview'),
};
const prosecutor = {
  id: 'kk',
  data: { kind: 'person', name: 'Kairat Kozhamzharov', role: 'General Prosecutor' },
  label: 'Kairat Kozhamzharov',
  source: source(1, 'Overview'),
  mentions: [
    { as: 'the General Prosecutor', source: source(3, 'Assets') },
    { as: 'K. Kozhamzharov', source: source(2, 'Drugs') },
  ],
};
const ministry = {
  id: 'justice',
  data: { kind: 'organisation', name: 'Ministry of Justice' },
  label: 'Ministry of Justice',
  source: source(4, 'Assets'),
  mentions: [],
};
const data = {
  figures: [
    {
      id: 'seized',
      data: { kind: 'amount', value: 387, unit: 'kg', measure: 'Heroin   seized' },
      written: '387',
      period: undefined,
      source: source(2, 'Drugs'),
    },
    {
      id: 'detection',
      data: { kind: 'change', value: 30, unit: '%', change: 'decrease', measure: 'Detection of dealers' },
      written: '30',
      period: currentYear,
      source: source(2, 'Drugs'),
    },
    {
      id: 'recovered',
      data: { kind: 'share', value: 17, unit: '%', change: 'increase', measure: 'Funds recovered.' },
      written: '17',
      period: year2017,
      source: source(3, 'Assets'),
    },
  ],
  instructions: [
    {
      id: 'supply',
      data: { verb: 'directed', what: 'Strengthen the work', due: 'by the end of the year' },
      by: { party: { as: 'the General Prosecutor', ref: 'kk' }, person: prosecutor },
      to: { party: { as: 'the Ministry of Justice', ref: 'justice' }, person: ministry },
      source: source(3, 'Assets'),
    },
    {
      id: 'criteria',
      data: { verb: 'proposed', what: 'Revise the criteria' },
      by: undefined,
      to: undefined,
      source: source(2, 'Drugs'),
    },
  ],
  people: [ministry, prosecutor],
  dates: [nextYear, currentYear, year2017],
} as unknown as ReleaseData;

describe('indexedPages', () => {
  it('gives the overview and each topic page with its heading and its paragraphs, at its address', () => {
    expect(indexedPages(model('r'))).toEqual([
      { url: '/releases/r/', texts: ['They met in Astana', 'Lead paragraph.'], language: 'en' },
      { url: '/releases/r/drugs/', texts: ['Countering drugs', 'Drugs were seized.'], language: 'en' },
      {
        url: '/releases/r/assets/',
        texts: ['Stolen assets', 'Assets were returned.', 'More assets.'],
        language: 'en',
      },
    ]);
  });
});

describe('dataRecords', () => {
  const records = dataRecords(model('r'), data);
  const record = (anchor: string) => records.find((one) => one.url.endsWith(`#${anchor}`));

  it('gives one record per datum, pages in the order of their addresses, cards in the order of their page', () => {
    expect(records.map((one) => one.url)).toEqual([
      '/releases/r/data/figures/#figure-seized',
      '/releases/r/data/figures/#figure-detection',
      '/releases/r/data/figures/#figure-recovered',
      // Grouped by addressee, the unnamed last.
      '/releases/r/data/instructions/#instruction-supply',
      '/releases/r/data/instructions/#instruction-criteria',
      // People before organisations.
      '/releases/r/data/people/#person-kk',
      '/releases/r/data/people/#person-justice',
      // In time order, whatever the order of the file.
      '/releases/r/data/timeline/#date-year-2017',
      '/releases/r/data/timeline/#date-current-year',
      '/releases/r/data/timeline/#date-next-year',
    ]);
  });

  it('reads a figure as its card: what it measures, its change and number, its period', () => {
    expect(record('figure-seized')).toEqual({
      url: '/releases/r/data/figures/#figure-seized',
      content: 'Heroin seized. 387 kg. Period not stated in the text.',
      meta: { title: 'Key figures: Drugs — Heroin seized', topic: 'Release data' },
      filters: { topic: ['Drugs'] },
      language: 'en',
    });
    expect(record('figure-detection')?.content).toBe(
      'Detection of dealers. ↓ decrease 30%. Period: 2018 (“the current one”).',
    );
    // A field that ends a sentence already is not given a second full stop.
    expect(record('figure-recovered')?.content).toBe('Funds recovered. ↑ increase 17%. Period: 2017.');
    expect(record('figure-recovered')?.meta.title).toBe('Key figures: Assets — Funds recovered.');
  });

  it('reads an instruction as its line, its due date and the people it names', () => {
    expect(record('instruction-supply')).toEqual({
      url: '/releases/r/data/instructions/#instruction-supply',
      content:
        'The General Prosecutor directed the Ministry of Justice: strengthen the work. By: by the end of the year. Named: Kairat Kozhamzharov, Ministry of Justice.',
      meta: {
        title:
          'Instructions and requests: Ministry of Justice — The General Prosecutor directed the Ministry of Justice: strengthen the work.',
        topic: 'Release data',
      },
      filters: { topic: ['Assets'] },
      language: 'en',
    });
    expect(record('instruction-criteria')?.content).toBe(
      'Proposed (by whom or to whom, the text does not say): revise the criteria.',
    );
    expect(record('instruction-criteria')?.meta.title).toBe(
      'Instructions and requests: Addressee not named in the text — Proposed (by whom or to whom, the text does not say): revise the criteria.',
    );
  });

  it('reads a person with their role, other mentions and instructions, under every topic that names them', () => {
    expect(record('person-kk')).toEqual({
      url: '/releases/r/data/people/#person-kk',
      content:
        'Kairat Kozhamzharov. General Prosecutor. Also named as: “the General Prosecutor”, paragraph 3 “K. Kozhamzharov”, paragraph 2. Instructions: gave: Strengthen the work.',
      meta: { title: 'People and organisations: People — Kairat Kozhamzharov', topic: 'Release data' },
      filters: { topic: ['Overview', 'Assets', 'Drugs'] },
      language: 'en',
    });
    // A role is shown beside a name only: an organisation with a name alone has no second field.
    expect(record('person-justice')?.content).toBe('Ministry of Justice. Instructions: directed: Strengthen the work.');
    expect(record('person-justice')?.meta.title).toBe('People and organisations: Organisations — Ministry of Justice');
  });

  it('reads a date as its card: when, what happened, the words of the text and how they were read', () => {
    expect(record('date-current-year')).toEqual({
      url: '/releases/r/data/timeline/#date-current-year',
      content: '2018. Detection fell further. In the text: “the current one”. Read as: The year of the meeting.',
      meta: { title: 'Timeline: 2018', topic: 'Release data' },
      filters: { topic: ['Drugs'] },
      language: 'en',
    });
    expect(record('date-next-year')?.content).toBe(
      'February 2019 to June 2019. The year of the youth. In the text: “the next year”.',
    );
  });

  it('leaves out the sentence of the official text each card quotes', () => {
    expect(records.filter((one) => one.content.includes('Official sentence'))).toEqual([]);
  });

  it('gives no record for a kind the release has no data of', () => {
    const figuresOnly = { ...data, instructions: [], people: [], dates: [] } as ReleaseData;
    expect(dataRecords(model('r'), figuresOnly).map((one) => one.url.replace(/#.*$/u, ''))).toEqual(
      Array(3).fill('/releases/r/data/figures/'),
    );
  });
});

describe('searchInput', () => {
  it('puts the records of every release in the order of their pages’ addresses, as a sorted folder lists them', () => {
    // `r-b/` comes before `r/` in the order of characters ("-" before "/"), though `r` comes before `r-b`.
    const input = searchInput([
      { model: model('r'), data },
      { model: model('r-b'), data },
    ]);
    expect([...new Set(input.records.map((one) => one.url.replace(/\/data\/.*$/u, '/')))]).toEqual([
      '/releases/r-b/',
      '/releases/r/',
    ]);
    expect(input.pages.map((page) => page.url)).toEqual([
      '/releases/r/',
      '/releases/r/drugs/',
      '/releases/r/assets/',
      '/releases/r-b/',
      '/releases/r-b/drugs/',
      '/releases/r-b/assets/',
    ]);
  });
});

describe('searchVocabulary', () => {
  it('counts the words of the indexed pages and of the data records, of one language', () => {
    const record = { meta: { title: 'x', topic: 'y' }, filters: { topic: [] } };
    const input = {
      pages: [
        { url: '/r/', texts: ['The heroin was seized', 'Heroin: 387 kg.'], language: 'en' as const },
        { url: '/ru/r/', texts: ['Героин изъят'], language: 'ru' as const },
      ],
      records: [
        { url: '/r/data/#a', content: 'Heroin seized. 9%.', ...record, language: 'en' as const },
        { url: '/ru/r/data/#a', content: 'Героин: 387 кг.', ...record, language: 'ru' as const },
      ],
    };
    expect(searchVocabulary(input, 'en')).toEqual({
      words: { the: 1, heroin: 3, was: 1, seized: 2, '387': 1, kg: 1, '9%': 1 },
    });
    expect(searchVocabulary(input, 'ru')).toEqual({ words: { героин: 2, изъят: 1, '387': 1, кг: 1 } });
    expect(searchVocabulary(input, 'kk')).toEqual({ words: {} });
    expect(searchLanguages(input)).toEqual(['en', 'ru']);
  });
});

describe('unmatchedPages', () => {
  it('names the pages given to Pagefind that the search input lacks, and the other way round', () => {
    const input = { pages: indexedPages(model('r')) };
    expect(unmatchedPages(['/releases/r/', '/releases/r/drugs/', '/releases/r/assets/'], input)).toEqual({
      notInInput: [],
      notIndexed: [],
    });
    expect(unmatchedPages(['/releases/r/', '/releases/r/drugs/', '/about/'], input)).toEqual({
      notInInput: ['/about/'],
      notIndexed: ['/releases/r/assets/'],
    });
  });
});
