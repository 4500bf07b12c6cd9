import { describe, expect, it } from 'vitest';
import { pageTrail } from '../../src/lib/site/breadcrumbs';
import { routes } from '../../src/lib/site/routes';

const release = { id: '2019-01-28-x', data: { shortTitle: 'Stolen assets and drug trafficking' } };

describe('the trail to a page', () => {
  it('goes home, then to the release, then up the route table to the page, under the base path', () => {
    expect(pageTrail(routes.dataPage.dates, { base: '/press/', release, label: 'Timeline' })).toEqual([
      { label: 'Home', href: '/press/' },
      { label: 'Stolen assets and drug trafficking', href: '/press/releases/2019-01-28-x/' },
      { label: 'Data', href: '/press/releases/2019-01-28-x/data/' },
      { label: 'Timeline' },
    ]);
  });

  it('ends at the release on its own overview', () => {
    expect(pageTrail(routes.overview, { base: '/', release })).toEqual([
      { label: 'Home', href: '/' },
      { label: 'Stolen assets and drug trafficking' },
    ]);
  });

  it('goes from a topic or the open-data page straight to the release', () => {
    for (const route of [routes.topic, routes.fullText, routes.dataHub]) {
      expect(pageTrail(route, { base: '/', release, label: 'Here' }).map((crumb) => crumb.label)).toEqual([
        'Home',
        'Stolen assets and drug trafficking',
        'Here',
      ]);
    }
  });

  it('reaches a page outside any release from the home page alone', () => {
    expect(pageTrail(routes.about, { base: '/press/', label: 'About this site' })).toEqual([
      { label: 'Home', href: '/press/' },
      { label: 'About this site' },
    ]);
  });

  it('needs the release to name a step that is the release', () => {
    expect(() => pageTrail(routes.fullText, { base: '/', label: 'Full text' })).toThrow(/needs the release/u);
  });
});
