import { describe, expect, it } from 'vitest';
import { searchFilterValues } from '../../src/lib/search/search';

describe('searchFilterValues', () => {
  it('offers the overview, then each topic label once, in alphabetical order', () => {
    const release = (labels: string[]) => ({ topics: labels.map((label) => ({ data: { label } })) });
    expect(
      searchFilterValues([release(['Work plan', 'Budget']), release(['Budget', 'Work plan', 'Asset recovery'])]),
    ).toEqual(['Overview', 'Asset recovery', 'Budget', 'Work plan']);
    // A newer release listed first leaves the order as it was.
    expect(searchFilterValues([release(['Zeta']), release(['Alpha'])])).toEqual(
      searchFilterValues([release(['Alpha']), release(['Zeta'])]),
    );
  });
});
