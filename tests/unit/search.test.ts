import { describe, expect, it } from 'vitest';
import { searchFilterValues } from '../../src/lib/search/search';

describe('searchFilterValues', () => {
  it('offers the overview, then each topic label once', () => {
    const release = (labels: string[]) => ({ topics: labels.map((label) => ({ data: { label } })) });
    expect(searchFilterValues([release(['A', 'B']), release(['B', 'C'])])).toEqual(['Overview', 'A', 'B', 'C']);
  });
});
