import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/check/content-error';
import { releaseModel, topicsByRelease } from '../../src/lib/text/release-model';
import type { PublishedText } from '../../src/lib/text/published-text';

const published: PublishedText = {
  headline: 'Headline’s text',
  dateLine: '1 January 2020 Print version',
  paragraphs: ['December 30, 2019, Almaty. Lead one.', 'Lead two.', 'Topic A one.', 'Topic A two.', 'Topic B one.'],
  attribution: 'Press Service',
};
const release = {
  id: 'r',
  filePath: 'content/releases/r/index.mdx',
  body: '\nDecember 30, 2019, Almaty. Lead one.\n\nLead\ntwo.\n',
  data: {
    headline: 'Headline’s text',
    attribution: 'Press Service',
    published: new Date('2020-01-01'),
    meeting: { date: new Date('2019-12-30'), place: 'Almaty' },
  },
};
const topic = (name: string, order: number, body: string) => ({
  id: `r/${name}`,
  filePath: `content/releases/r/topics/${name}.mdx`,
  body,
  data: { order, title: name },
});
const a = topic('a', 1, 'Topic A one.\n\nTopic A two.');
const b = topic('b', 2, 'Topic B one.');

describe('releaseModel', () => {
  it('orders topics and numbers paragraphs in published order', () => {
    const model = releaseModel(release, [b, a], published);
    expect(model.topics.map((t) => t.id)).toEqual(['r/a', 'r/b']);
    expect(model.leadParagraphs).toEqual([1, 2]);
    expect(model.topicParagraphs.get('r/a')).toEqual([3, 4]);
    expect(model.topicParagraphs.get('r/b')).toEqual([5]);
  });

  it('reads dates and names as whole words: a day inside another day is not that day', () => {
    const text = { ...published, dateLine: '11 January 2020 Print version' };
    expect(() => releaseModel(release, [a, b], text)).toThrow(/index\.mdx: published: /u);
    const lead = {
      ...published,
      paragraphs: ['December 30, 2019, Almatyville. Lead one.', ...published.paragraphs.slice(1)],
    };
    expect(() => releaseModel(release, [a, b], lead)).toThrow(/index\.mdx: meeting\.place: /u);
    const day = { ...release, data: { ...release.data, meeting: { date: new Date('2019-12-03'), place: 'Almaty' } } };
    expect(() => releaseModel(day, [a, b], published)).toThrow(/index\.mdx: meeting\.date: /u);
  });

  it('reads the meeting day in the lead in the forms the date line may take', () => {
    for (const day of ['30.12.2019', '30 декабря 2019 г.', '2019 жылғы 30 желтоқсан']) {
      const lead = `${day}, Almaty. Lead one.`;
      const text = { ...published, paragraphs: [lead, ...published.paragraphs.slice(1)] };
      const entry = { ...release, body: `${lead}\n\nLead two.` };
      expect(releaseModel(entry, [a, b], text).leadParagraphs).toEqual([1, 2]);
    }
    const anotherDay = {
      ...published,
      paragraphs: ['31.12.2019, Almaty. Lead one.', ...published.paragraphs.slice(1)],
    };
    const entry = { ...release, body: '31.12.2019, Almaty. Lead one.\n\nLead two.' };
    expect(() => releaseModel(entry, [a, b], anotherDay)).toThrow(/index\.mdx: meeting\.date: /u);
  });

  it('records the data panels each body places, with the paragraph each follows', () => {
    const withPanels = topic(
      'a',
      1,
      '<KeyFigure id="first" />\n\nTopic A one.\n\n<Instruction id="x" />\n\nTopic A two.',
    );
    const model = releaseModel(release, [withPanels, b], published);
    expect(model.panels.get('r/a')).toEqual([
      { name: 'KeyFigure', id: 'first', after: 0 },
      { name: 'Instruction', id: 'x', after: 3 },
    ]);
    expect(model.panels.get('r/b')).toEqual([]);
  });

  it.each([
    [
      'two topics with the same order',
      [a, topic('b', 1, 'Topic B one.')],
      release,
      /topics\/b\.mdx: order: 1 is also the order of .*topics\/a\.mdx/u,
    ],
    ['a changed character', [a, topic('b', 2, "Topic B one's.")], release, /topics\/b\.mdx: body: /u],
    ['a missing paragraph', [a], release, /index\.mdx: body: published paragraph 5/u],
    ['paragraphs out of order', [topic('a', 1, 'Topic A two.\n\nTopic A one.'), b], release, /topics\/a\.mdx: body: /u],
    [
      'a changed headline',
      [a, b],
      { ...release, data: { ...release.data, headline: "Headline's text" } },
      /index\.mdx: headline: /u,
    ],
    [
      'a changed attribution',
      [a, b],
      { ...release, data: { ...release.data, attribution: 'Press' } },
      /index\.mdx: attribution: /u,
    ],
    [
      'a publication date the text does not give',
      [a, b],
      { ...release, data: { ...release.data, published: new Date('2020-01-02') } },
      /index\.mdx: published: /u,
    ],
    [
      'a meeting day the lead does not give',
      [a, b],
      { ...release, data: { ...release.data, meeting: { date: new Date('2019-12-31'), place: 'Almaty' } } },
      /index\.mdx: meeting\.date: /u,
    ],
    [
      'a meeting place the lead does not name',
      [a, b],
      { ...release, data: { ...release.data, meeting: { date: new Date('2019-12-30'), place: 'Astana' } } },
      /index\.mdx: meeting\.place: /u,
    ],
  ])('fails on %s, naming the file and the field', (_, topics, entry, message) => {
    expect(() => releaseModel(entry, topics, published)).toThrow(ContentError);
    expect(() => releaseModel(entry, topics, published)).toThrow(message);
  });
});

describe('published paragraphs', () => {
  it('fails when two published paragraphs are the same, since their ids would be ambiguous', () => {
    const twice = { ...published, paragraphs: [...published.paragraphs, 'Topic B one.'] };
    const withTwice = topic('b', 2, 'Topic B one.\n\nTopic B one.');
    expect(() => releaseModel(release, [a, withTwice], twice)).toThrow(
      /index\.mdx: body: published paragraphs 5 and 6 are the same/u,
    );
  });
});

describe('topicsByRelease', () => {
  it('groups topics under their release', () => {
    expect(topicsByRelease(['r', 's'], [a, b]).get('r')).toEqual([a, b]);
  });

  it.each(['full-text', 'data'])('fails on a topic named %s, which is the address of a page of the release', (name) => {
    expect(() => topicsByRelease(['r'], [topic(name, 3, 'x')])).toThrow(
      new RegExp(`topics/${name}\\.mdx: file name: `, 'u'),
    );
  });

  it('groups a topic by the folder that holds it, and fails on a folder that holds no release', () => {
    const other = { ...topic('c', 3, 'x'), id: 's/c', filePath: 'content/releases/s/topics/c.mdx' };
    expect(topicsByRelease(['r', 's'], [a, other]).get('s')).toEqual([other]);
    const lost = { ...topic('c', 3, 'x'), id: 'nope/c', filePath: 'content/releases/nope/topics/c.mdx' };
    expect(() => topicsByRelease(['r'], [lost])).toThrow(
      /topics\/c\.mdx: folder: "nope" holds a topic but no release/u,
    );
  });
});
