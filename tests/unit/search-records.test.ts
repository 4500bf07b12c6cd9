import { describe, expect, it } from 'vitest';
import { dataRecords } from '../../src/integrations/search-records';

const page = `<main><article class="data-page" data-search-records>
<h1>Key figures</h1>
<section><h2 id="group-drugs">Drug trafficking</h2><ul>
<li class="data-card" id="figure-drug-crimes" data-search-topics='["Drug trafficking"]'><span>Drug crimes, on average</span><span class="data-value"><span>↓ decrease</span><data value="9">9%</data></span><span>Period not stated in the text</span><div data-pagefind-ignore><blockquote>Official sentence.</blockquote></div></li>
<li class="data-card" id="person-x" data-search-topics='["Drug trafficking","Asset recovery"]'><span>criminals</span>' property</li>
</ul></section></article></main>`;

describe('dataRecords', () => {
  it('makes each datum a record of its own, under its own topics, leading to its anchor', () => {
    const [figure, person] = dataRecords(page, '/r/data/figures/');
    expect(figure?.url).toBe('/r/data/figures/#figure-drug-crimes');
    expect(figure?.filters).toEqual({ topic: ['Drug trafficking'] });
    expect(figure?.meta).toEqual({
      title: 'Key figures: Drug trafficking — Drug crimes, on average',
      topic: 'Release data',
    });
    expect(person?.filters).toEqual({ topic: ['Drug trafficking', 'Asset recovery'] });
    expect(person?.content).toBe("criminals' property.");
  });

  it('ends each field as a sentence, keeps neighbouring words apart and leaves out the quoted text', () => {
    const [figure] = dataRecords(page, '/r/');
    expect(figure?.content).toBe('Drug crimes, on average. ↓ decrease 9%. Period not stated in the text.');
  });

  it('gives nothing for a page that is not marked for records', () => {
    expect(dataRecords('<main><li data-search-topics="[]" id="a">x</li></main>', '/r/')).toEqual([]);
  });
});
