import { describe, expect, it } from 'vitest';
import { releaseArticle } from '../../src/lib/site/structured-data';

const release = {
  id: '2019-01-28-x',
  data: {
    headline: 'The council met',
    summary: 'What it decided.',
    published: new Date('2019-01-28'),
    updated: undefined,
    issuer: 'The office',
    attribution: 'Press Service of the office',
    source: { url: 'https://example.gov/original', retrieved: new Date('2020-01-01') },
  },
};
const topic = { id: '2019-01-28-x/drugs', data: { title: 'Drugs', summary: 'On drugs.', label: 'Drug trafficking' } };
const site = new URL('https://releases.example.org');

describe('the article a release page describes itself with', () => {
  it('speaks for the release on the overview, with its card, at absolute addresses', () => {
    const article = releaseArticle(release, { site, pathname: '/press/releases/2019-01-28-x/', base: '/press/' });
    expect(article).toMatchObject({
      headline: 'The council met',
      description: 'What it decided.',
      url: 'https://releases.example.org/press/releases/2019-01-28-x/',
      image: ['https://releases.example.org/press/social/2019-01-28-x.png'],
      isBasedOn: { headline: 'The council met', url: 'https://example.gov/original' },
    });
    // The text's author is the press service, of the office that published the original; this copy's
    // publisher is not the office.
    expect(article).toMatchObject({
      author: { name: 'Press Service of the office', parentOrganization: { name: 'The office' } },
      isBasedOn: { author: { name: 'Press Service of the office' }, publisher: { name: 'The office' } },
    });
    expect(article.publisher).not.toMatchObject({ name: 'The office' });
    expect(article).not.toHaveProperty('articleSection');
    expect(article).not.toHaveProperty('isPartOf');
  });

  it('speaks for a topic as a section of its release', () => {
    const article = releaseArticle(release, { site, pathname: '/releases/2019-01-28-x/drugs/', base: '/' }, topic);
    expect(article).toMatchObject({
      headline: 'Drugs',
      description: 'On drugs.',
      articleSection: 'Drug trafficking',
      isPartOf: { '@id': 'https://releases.example.org/releases/2019-01-28-x/' },
      image: ['https://releases.example.org/social/2019-01-28-x/drugs.png'],
      isBasedOn: { headline: 'The council met' },
    });
  });

  it('gives no address at all when the site’s address is not known', () => {
    const article = releaseArticle(release, { site: undefined, pathname: '/releases/2019-01-28-x/', base: '/' }, topic);
    for (const field of ['url', 'image', 'mainEntityOfPage', 'isPartOf']) expect(article).not.toHaveProperty(field);
    // The original's address is the office's, known whatever this site's is.
    expect(article).toMatchObject({ isBasedOn: { url: 'https://example.gov/original' } });
  });
});
