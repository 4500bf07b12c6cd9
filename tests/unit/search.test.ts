import { describe, expect, it } from 'vitest';
import { excerptSegments, highlightTerms, paragraphHits, searchFilterValues } from '../../src/lib/search';

describe('excerptSegments', () => {
  it('keeps highlights as flags and everything else as text', () => {
    expect(excerptSegments('387 kg of <mark>heroin</mark>. Detection')).toEqual([
      { text: '387 kg of ', mark: false },
      { text: 'heroin', mark: true },
      { text: '. Detection', mark: false },
    ]);
  });

  it('decodes character references and leaves any other markup as literal text', () => {
    expect(excerptSegments('&lt;img src=x onerror=alert(1)&gt; &amp; <b>bold</b> &#39;q&#x27;')).toEqual([
      { text: "<img src=x onerror=alert(1)> & <b>bold</b> 'q'", mark: false },
    ]);
  });
});

describe('paragraphHits', () => {
  // Page text in words: "Title. First para has drugs. Second para has heroin and drugs."
  const result = {
    url: '/topic/',
    locations: [4, 8, 10],
    anchors: [
      { element: 'h1', id: 'title', text: 'Title.', location: 0 },
      { element: 'p', id: 'p3', text: 'First para has drugs.', location: 1 },
      { element: 'p', id: 'p4', text: 'Second para has heroin and drugs.', location: 5 },
    ],
  };

  it('groups matched words by the paragraph that holds them, linking to its anchor', () => {
    const hits = paragraphHits(result);
    expect(hits.map((hit) => hit.url)).toEqual(['/topic/#p3', '/topic/#p4']);
    expect(hits[1]?.segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['heroin', 'drugs.']);
    expect(hits[1]?.segments.map((s) => s.text).join('')).toBe('Second para has heroin and drugs.');
  });

  it('cuts long paragraphs to a window around the first match', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    const [hit] = paragraphHits(
      { url: '/t/', locations: [60], anchors: [{ element: 'p', id: 'p1', text: words.join(' '), location: 0 }] },
      10,
    );
    const text = hit?.segments.map((s) => s.text).join('') ?? '';
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(hit?.segments.find((s) => s.mark)?.text).toBe('w60');
    expect(text.split(' ').filter((w) => w.startsWith('w'))).toHaveLength(10);
  });

  it('ignores matches outside official paragraphs', () => {
    expect(paragraphHits({ ...result, locations: [0] })).toEqual([]);
  });
});

describe('highlightTerms', () => {
  it('keeps words and numbers once, lower-cased, without one-letter words', () => {
    expect(highlightTerms('Heroin, 387 kg — a heroin "seizure" 9%')).toEqual(['heroin', '387', 'kg', 'seizure', '9']);
  });
});

describe('searchFilterValues', () => {
  it('offers the overview, then each topic label once', () => {
    const release = (labels: string[]) => ({ topics: labels.map((label) => ({ data: { label } })) });
    expect(searchFilterValues([release(['A', 'B']), release(['B', 'C'])])).toEqual(['Overview', 'A', 'B', 'C']);
  });
});
