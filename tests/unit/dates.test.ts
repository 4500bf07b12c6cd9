import { describe, expect, it } from 'vitest';
import { datesWritten } from '../../src/lib/text/dates';
import { ContentError } from '../../src/lib/check/content-error';
import { releaseModel } from '../../src/lib/text/release-model';
import type { PublishedText } from '../../src/lib/text/published-text';

/** What a line gives, as `YYYY-MM-DD` and the words read, for readable expectations. */
const read = (line: string): [string, string][] =>
  datesWritten(line).map(({ date, written }) => [date.toISOString(), written]);
const day = (iso: string): string => `${iso}T00:00:00.000Z`;

describe('datesWritten', () => {
  it.each([
    ['15 April 2019', '15 April 2019'],
    ['April 15, 2019', 'April 15, 2019'],
    ['15.04.2019', '15.04.2019'],
    ['2019-04-15', '2019-04-15'],
    ['15 апреля 2019 года', '15 апреля 2019 года'],
    ['15 апреля 2019 г.', '15 апреля 2019 г.'],
    ['15 апреля 2019', '15 апреля 2019'],
    ['2019 жылғы 15 сәуір', '2019 жылғы 15 сәуір'],
    ['2019 15 сәуір', '2019 15 сәуір'],
  ])('reads %s as 15 April 2019', (line, written) => {
    expect(read(line)).toEqual([[day('2019-04-15'), written]]);
  });

  it.each([
    ['15 APRIL 2019', '2019-04-15'],
    ['december 3, 2018', '2018-12-03'],
    ['1 Января 2020 Года', '2020-01-01'],
    ['2018 ЖЫЛҒЫ 21 ЖЕЛТОҚСАН', '2018-12-21'],
    ['2019 жылғы 1 Қыркүйек', '2019-09-01'],
    ['31 Мая 2019 г.', '2019-05-31'],
  ])('reads month names whatever their case: %s', (line, iso) => {
    expect(read(line).map(([date]) => date)).toEqual([day(iso)]);
  });

  it('reads the date before the link captions the original page put after it', () => {
    expect(read('28 January 2019 Print version PDF')).toEqual([[day('2019-01-28'), '28 January 2019']]);
    expect(read('28 January 2019 Версия для печатиВерсия для печатиPDFPDF')).toEqual([
      [day('2019-01-28'), '28 January 2019'],
    ]);
  });

  it('reads every date of a line, in the order they stand', () => {
    expect(read('Updated 2019-04-16; first published 15.04.2019, April 14, 2019 in English')).toEqual([
      [day('2019-04-16'), '2019-04-16'],
      [day('2019-04-15'), '15.04.2019'],
      [day('2019-04-14'), 'April 14, 2019'],
    ]);
  });

  it.each([
    ['31.02.2019'],
    ['2019-02-29'],
    ['29 February 2019'],
    ['30 февраля 2019 года'],
    ['2019 жылғы 31 сәуір'],
    ['15.13.2019'],
    ['0 April 2019'],
  ])('reads no date in %s, a day the calendar does not have', (line) => {
    expect(datesWritten(line)).toEqual([]);
  });

  it('reads a leap day that exists', () => {
    expect(read('29.02.2020').map(([date]) => date)).toEqual([day('2020-02-29')]);
  });

  it.each([
    ['a day inside a longer number', '115 April 2019'],
    ['a year inside a longer number', '15 April 20190'],
    ['a month name inside a word', '15 Aprill 2019'],
    ['a numeric date inside a longer one', '1.15.04.2019'],
    ['a month in the nominative', '15 апрель 2019 года'],
    ['a month name alone', 'April 2019'],
  ])('reads no date in %s', (_name, line) => {
    expect(datesWritten(line)).toEqual([]);
  });

  it('leaves the full stop that ends a sentence out of the date', () => {
    expect(read('Published on 15.04.2019.')).toEqual([[day('2019-04-15'), '15.04.2019']]);
  });
});

describe('the publication date checked against the date line', () => {
  const published: PublishedText = {
    headline: 'Headline',
    dateLine: '',
    paragraphs: ['April 12, 2019, Astana. The lead.'],
    attribution: 'Press Service',
  };
  const release = (iso: string) => ({
    id: 'r',
    filePath: 'content/releases/r/index.mdx',
    body: 'April 12, 2019, Astana. The lead.',
    data: {
      headline: 'Headline',
      attribution: 'Press Service',
      published: new Date(`${iso}T00:00:00Z`),
      meeting: { date: new Date('2019-04-12T00:00:00Z'), place: 'Astana' },
    },
  });
  const check = (dateLine: string, iso: string) => () => releaseModel(release(iso), [], { ...published, dateLine });

  it.each([
    '15 April 2019 Print version',
    'April 15, 2019 Print version',
    '15.04.2019 Версия для печати',
    '2019-04-15',
    '15 апреля 2019 года Версия для печати',
    '2019 жылғы 15 сәуір Басып шығару нұсқасы',
  ])('accepts the day the date line "%s" gives', (dateLine) => {
    expect(check(dateLine, '2019-04-15')().leadParagraphs).toEqual([1]);
  });

  it('refuses another day, naming the file, the field, the dates read and the forms it reads', () => {
    expect(check('April 15, 2019 Print version', '2019-04-16')).toThrow(ContentError);
    expect(check('April 15, 2019 Print version', '2019-04-16')).toThrow(
      /^content\/releases\/r\/index\.mdx: published: 16 April 2019 is not the date the published text gives: its date line is "April 15, 2019 Print version", which gives 15 April 2019 \(dates are read as "15 April 2019", "April 15, 2019", "15\.04\.2019", "2019-04-15", "15 апреля 2019 года", "2019 жылғы 15 сәуір"\)$/u,
    );
  });

  it('says so when the date line gives no date it can read', () => {
    expect(check('31.02.2019 Print version', '2019-02-28')).toThrow(
      /^content\/releases\/r\/index\.mdx: published: 28 February 2019 is not the date the published text gives: its date line is "31\.02\.2019 Print version", which gives no date in a form the site reads \(dates are read as /u,
    );
  });

  it('names every date the line gives when none is the published day', () => {
    expect(check('15.04.2019, updated 2019-04-17', '2019-04-16')).toThrow(
      /which gives 15 April 2019, 17 April 2019 \(/u,
    );
  });
});

describe('month names in each language the office writes', () => {
  // Written out here from the languages themselves, not from the code's locale data: Russian in
  // the genitive, as a day of the month takes it.
  const names = {
    en: 'January February March April May June July August September October November December',
    ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
    kk: 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан',
  };
  const written = {
    en: (month: string) => `15 ${month} 2019`,
    ru: (month: string) => `15 ${month} 2019 года`,
    kk: (month: string) => `2019 жылғы 15 ${month}`,
  };

  for (const language of ['en', 'ru', 'kk'] as const) {
    it(`reads every month of the year in ${language}, in lower and upper case`, () => {
      names[language].split(' ').forEach((month, i) => {
        for (const form of [month, month.toLocaleUpperCase(language)]) {
          const dates = datesWritten(written[language](form)).map(({ date }) => date.toISOString().slice(0, 10));
          expect([form, dates]).toEqual([form, [`2019-${String(i + 1).padStart(2, '0')}-15`]]);
        }
      });
    });
  }
});
