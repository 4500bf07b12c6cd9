import { describe, expect, it } from 'vitest';
import { releaseTrail } from '../../src/lib/site/breadcrumbs';

const release = { id: '2019-01-28-x', data: { shortTitle: 'Stolen assets and drug trafficking' } };

describe('the trail to a page of a release', () => {
  it('goes home, then to the release, then through the steps given, under the base path', () => {
    expect(releaseTrail(release, '/press/', { label: 'Data', href: '/press/d/' }, { label: 'Timeline' })).toEqual([
      { label: 'Home', href: '/press/' },
      { label: 'Stolen assets and drug trafficking', href: '/press/releases/2019-01-28-x/' },
      { label: 'Data', href: '/press/d/' },
      { label: 'Timeline' },
    ]);
  });

  it('ends at the release on its own overview', () => {
    expect(releaseTrail(release, '/').map((crumb) => crumb.label)).toEqual([
      'Home',
      'Stolen assets and drug trafficking',
    ]);
  });
});
