import { describe, expect, it } from 'vitest';
import { ContentError, releaseModel, topicsByRelease } from '../../src/lib/release-model';
import type { PublishedText } from '../../src/lib/published-text';

const published: PublishedText = {
  headline: 'Headline’s text',
  dateLine: '1 January 2020',
  paragraphs: ['Lead one.', 'Lead two.', 'Topic A one.', 'Topic A two.', 'Topic B one.'],
  attribution: 'Press Service',
};
const release = {
  id: 'r',
  filePath: 'content/releases/r/index.mdx',
  body: '\nLead one.\n\nLead\ntwo.\n',
  data: { headline: 'Headline’s text', attribution: 'Press Service' },
};
const topic = (name: string, order: number, body: string, releaseId = 'r') => ({
  id: `r/${name}`,
  filePath: `content/releases/r/topics/${name}.mdx`,
  body,
  data: { release: { id: releaseId }, order, title: name },
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

  it.each([
    ['two topics with the same order', [a, topic('b', 1, 'Topic B one.')], release, /topics\/b\.mdx: order: 1 is also the order of .*topics\/a\.mdx/u],
    ['a changed character', [a, topic('b', 2, "Topic B one's.")], release, /topics\/b\.mdx: body: /u],
    ['a missing paragraph', [a], release, /index\.mdx: body: published paragraph 5/u],
    ['paragraphs out of order', [topic('a', 1, 'Topic A two.\n\nTopic A one.'), b], release, /topics\/a\.mdx: body: /u],
    ['a changed headline', [a, b], { ...release, data: { ...release.data, headline: "Headline's text" } }, /index\.mdx: headline: /u],
    ['a changed attribution', [a, b], { ...release, data: { ...release.data, attribution: 'Press' } }, /index\.mdx: attribution: /u],
  ])('fails on %s, naming the file and the field', (_, topics, entry, message) => {
    expect(() => releaseModel(entry, topics, published)).toThrow(ContentError);
    expect(() => releaseModel(entry, topics, published)).toThrow(message);
  });
});

describe('topicsByRelease', () => {
  it('groups topics under their release', () => {
    expect(topicsByRelease(['r', 's'], [a, b]).get('r')).toEqual([a, b]);
  });

  it('fails on a topic that points at no release, naming the file and the field', () => {
    expect(() => topicsByRelease(['r'], [topic('c', 3, 'x', 'nope')])).toThrow(/topics\/c\.mdx: release: "nope" is not a release/u);
  });
});
