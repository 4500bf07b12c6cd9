import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { releaseSchema } from '../../src/schemas/release';
import { topicSchema } from '../../src/schemas/topic';

const release = {
  headline: 'A headline',
  shortTitle: 'Short',
  published: '2019-01-28',
  meeting: { date: '2018-12-21', place: 'Astana' },
  issuer: "General Prosecutor's Office of the Republic of Kazakhstan",
  attribution: "Press Service of the General Prosecutor's Office of the Republic of Kazakhstan",
  summary: 'A summary.',
};
const topic = { order: 1, label: 'Drug trafficking', title: 'A title', summary: 'A summary.' };
const topics = topicSchema();

/** The paths of the fields a schema rejects. */
function rejected(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('release frontmatter', () => {
  it('accepts a valid release and turns its dates into dates', () => {
    const parsed = releaseSchema.parse(release);
    expect(parsed.published.toISOString()).toBe('2019-01-28T00:00:00.000Z');
    expect(parsed.meeting.date.toISOString()).toBe('2018-12-21T00:00:00.000Z');
  });

  it.each([
    ['a missing headline', { ...release, headline: undefined }, 'headline'],
    ['an empty headline', { ...release, headline: '  ' }, 'headline'],
    ['a publication date that is not a date', { ...release, published: 'soon' }, 'published'],
    [
      'a meeting date that is not a date',
      { ...release, meeting: { date: '21.12.2018x', place: 'Astana' } },
      'meeting.date',
    ],
    ['a missing place', { ...release, meeting: { date: '2018-12-21' } }, 'meeting.place'],
    ['an unknown field', { ...release, headlin: 'typo' }, ''],
    ['a month that does not exist', { ...release, updated: '2019-13-45' }, 'updated'],
    ['a day that does not exist', { ...release, published: '2019-02-29' }, 'published'],
    ['a date written another way', { ...release, published: '28.01.2019' }, 'published'],
    ['an update before the publication', { ...release, updated: '2019-01-27' }, 'updated'],
    ['an issuer the attribution does not name', { ...release, issuer: 'Ministry of Truth' }, 'issuer'],
    [
      'a summary with a right-to-left override',
      { ...release, summary: 'The plan was \u202Eton\u202C approved.' },
      'summary',
    ],
    ['a short title with a zero-width joiner', { ...release, shortTitle: 'Stolen assets\u200D' }, 'shortTitle'],
  ])('rejects %s', (_, data, path) => {
    expect(rejected(releaseSchema, data)).toEqual([path]);
  });

  it('says which day does not exist rather than rolling it over', () => {
    const result = releaseSchema.safeParse({ ...release, updated: '2019-13-45' });
    expect(result.error?.issues[0]?.message).toBe('2019-13-45 is not a day of the calendar');
  });

  it('accepts a leap day and an update on the day of publication', () => {
    expect(releaseSchema.parse({ ...release, updated: '2020-02-29' }).updated?.toISOString()).toBe(
      '2020-02-29T00:00:00.000Z',
    );
    expect(releaseSchema.parse({ ...release, updated: release.published }).updated).toEqual(
      releaseSchema.parse(release).published,
    );
  });
});

describe('topic frontmatter', () => {
  it('accepts a valid topic', () => {
    expect(topics.parse(topic)).toEqual(topic);
  });

  it.each([
    ['a missing title', { ...topic, title: undefined }, 'title'],
    ['a missing summary', { ...topic, summary: undefined }, 'summary'],
    ['an order that is not a whole number', { ...topic, order: 1.5 }, 'order'],
    ['an order below one', { ...topic, order: 0 }, 'order'],
    ['a release, which the folder already says', { ...topic, release: 'r' }, 'release'],
    ['a label too long for the filter', { ...topic, label: 'x'.repeat(41) }, 'label'],
  ])('rejects %s', (_, data, path) => {
    expect(rejected(topics, data)).toEqual([path]);
  });

  it('says why a release line is not needed', () => {
    const result = topics.safeParse({ ...topic, release: 'r' });
    expect(result.success ? '' : result.error.issues[0]?.message).toBe(
      'is not needed: the folder the topic is in says its release; remove the line',
    );
  });
});

describe('the versions field of a release', () => {
  const problems = (versions: unknown): string[] => {
    const parsed = releaseSchema.safeParse({ ...release, versions });
    return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('takes the languages the Office published, the reproduced one among them', () => {
    expect(problems({ reproduced: 'en', published: ['kk', 'ru', 'en'], original: 'ru' })).toEqual([]);
    expect(problems(undefined)).toEqual([]);
  });

  it('refuses a reproduced or original version the Office did not publish, a language twice, or no language', () => {
    expect(problems({ reproduced: 'en', published: ['kk', 'ru'] })).toEqual([
      'versions.reproduced: must be one of the languages in published: the text reproduced here is one the Office published',
    ]);
    expect(problems({ reproduced: 'en', published: ['en'], original: 'ru' })).toEqual([
      'versions.original: must be one of the languages in published',
    ]);
    expect(problems({ reproduced: 'en', published: ['en', 'en'] })).toEqual([
      'versions.published: names a language twice',
    ]);
    expect(problems({ reproduced: 'kz', published: ['kz'] })).toEqual([
      'versions.reproduced: must be a language tag such as kk, ru or en (BCP 47)',
      'versions.published.0: must be a language tag such as kk, ru or en (BCP 47)',
    ]);
  });
});
