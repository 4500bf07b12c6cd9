import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/build';
import { officialParagraphs, readPage, squash } from '../helpers/html';
import { line, paragraphLines } from '../helpers/source';

const release = 'releases/2019-01-28-stolen-assets-and-drug-trafficking/';

// Which source lines hold which part, as the source's README gives them.
const parts = [
  { page: release, lines: paragraphLines(6, 8) },
  { page: `${release}drug-trafficking/`, lines: paragraphLines(10, 38) },
  { page: `${release}asset-recovery/`, lines: paragraphLines(40, 52) },
  { page: `${release}work-plan/`, lines: paragraphLines(54, 54) },
];
const headline = line(1);
const attribution = line(57);

describe('the built site carries the official text verbatim', () => {
  it.each(parts)('$page holds its source paragraphs, in order and nothing else', ({ page, lines }) => {
    expect(lines.length).toBeGreaterThan(0);
    expect(officialParagraphs(readPage(siteDir, page)).filter((p) => p !== attribution)).toEqual(lines);
  });

  it('the full-text page holds every paragraph and the attribution in the published order', () => {
    const expected = [...paragraphLines(6, 54), attribution];
    expect(expected).toHaveLength(26);
    expect(officialParagraphs(readPage(siteDir, `${release}full-text/`))).toEqual(expected);
  });

  it('the home page gives the headline, the date and the lead', () => {
    const doc = readPage(siteDir, '');
    expect(squash(doc.querySelector('h1')?.textContent)).toBe(headline);
    expect(squash(doc.querySelector('main')?.textContent)).toContain('28 January 2019');
    expect(officialParagraphs(doc)).toEqual([...paragraphLines(6, 8), attribution]);
  });

  it('keeps straight apostrophes straight and curly ones curly', () => {
    const text = officialParagraphs(readPage(siteDir, `${release}full-text/`)).join('\n');
    expect(text).toContain("Prosecutor's checks");
    expect(text).toContain('suspects’ assets');
    expect(text).toContain('1,5 thousand');
    expect(text).not.toMatch(/Prosecutor’s checks|debtors’ property/u);
  });

  it('gives every official paragraph a stable, linked id: its number in the published text', () => {
    const doc = readPage(siteDir, `${release}full-text/`);
    const ids = [...doc.querySelectorAll('.official-paragraph')].map((p) => p.id);
    expect(ids).toEqual(paragraphLines(6, 54).map((_, i) => `p${i + 1}`));
    const drug = readPage(siteDir, `${release}drug-trafficking/`);
    const first = drug.querySelector('.official-paragraph');
    expect(first?.id).toBe('p3');
    expect(first?.querySelector('a.paragraph-link')?.getAttribute('href')).toBe('#p3');
  });
});

describe('every page is a proper document', () => {
  const pages = ['', '404.html', release, `${release}full-text/`, ...parts.slice(1).map((p) => p.page)];
  it.each(pages)('%s has lang, one h1, a title and a description', (page) => {
    const doc = readPage(siteDir, page);
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(squash(doc.querySelector('title')?.textContent).length).toBeGreaterThan(10);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
  });

  it('marks what the project wrote as editorial, outside the official text', () => {
    const doc = readPage(siteDir, `${release}asset-recovery/`);
    const editorial = doc.querySelector('.editorial');
    expect(squash(editorial?.querySelector('.editorial-mark')?.textContent)).toBe('Editorial');
    expect(squash(editorial?.textContent)).toContain('stolen funds');
    expect(editorial?.closest('.official')).toBeNull();
  });
});
