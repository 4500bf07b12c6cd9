import { THEME_SCRIPT } from '../../src/lib/site/theme';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir } from '../helpers/build';
import { readPage, squash } from '../helpers/html';
import { realRelease } from '../helpers/fixtures';
import { paragraphLines } from '../helpers/source';

const release = `releases/${realRelease}/`;
const data = `${release}data/`;
const paragraphs = paragraphLines(6, 54);

/** The records of one open-data file, as a check on what the pages show. */
function records(kind: string): Record<string, unknown>[] {
  return (JSON.parse(readFileSync(join(siteDir, data, `${kind}.json`), 'utf8')) as { items: Record<string, unknown>[] })
    .items;
}

/** The page and the paragraph an internal link points at, read from the built site. */
function followParagraph(href: string | null): { page: string; paragraph: Element | null } {
  const url = new URL(href ?? '', 'http://site.test/');
  const page = url.pathname.slice(1);
  return { page, paragraph: readPage(siteDir, page).getElementById(url.hash.slice(1)) };
}

describe('key figures', () => {
  const doc = readPage(siteDir, `${data}figures/`);
  const cards = [...doc.querySelectorAll('.data-card--figure')];

  it('shows every figure, grouped under its topic, in the order of the text', () => {
    expect(cards.map((card) => card.id)).toEqual(records('figures').map((r) => `figure-${String(r['id'])}`));
    expect([...doc.querySelectorAll('.data-group h2')].map((h) => squash(h.textContent))).toEqual([
      'Drug trafficking',
      'Asset recovery',
    ]);
    const heroin = doc.getElementById('figure-heroin-seized');
    expect(squash(heroin?.closest('.data-group')?.querySelector('h2')?.textContent)).toBe('Drug trafficking');
  });

  it('links each figure to the paragraph on its topic page that holds the number and the quoted sentence', () => {
    expect(cards.length).toBe(9);
    for (const card of cards) {
      const number = card.querySelector('data.data-value__number');
      const { page, paragraph } = followParagraph(
        card.querySelector('a.data-source__link')?.getAttribute('href') ?? null,
      );
      expect(page).toMatch(new RegExp(`^${release}(drug-trafficking|asset-recovery)/$`, 'u'));
      expect(paragraph?.classList.contains('official-paragraph'), card.id).toBe(true);
      const text = squash(paragraph?.textContent);
      expect(paragraphs).toContain(text);
      expect(text).toContain(squash(card.querySelector('.data-source__sentence')?.textContent));
      // The number as shown is the text's own: "387 kg", "9%", "1,5 thousand sentences".
      expect(text).toContain(squash(number?.textContent));
      expect(Number(number?.getAttribute('value'))).toBeGreaterThan(0);
    }
  });

  it('marks quoted sentences as official text and keeps them out of the search index', () => {
    const quote = doc.querySelector('.data-source__quote');
    expect(squash(quote?.querySelector('.official-mark')?.textContent)).toBe('Official text');
    expect(quote?.closest('[data-pagefind-ignore]')).not.toBeNull();
  });

  it('draws the falls in detection and the shares as SVG, each with a table for screen readers and print', () => {
    const charts = [...doc.querySelectorAll('figure.data-chart')];
    expect(charts.map((chart) => squash(chart.querySelector('figcaption')?.textContent))).toEqual([
      'Fall in the detection of drug dealers',
      'Criminal cases opened against drug dealers, as a share of the whole',
      'Stolen funds recovered, as a share of the whole',
    ]);
    for (const chart of charts) {
      const svg = chart.querySelector('svg');
      expect(svg?.getAttribute('aria-hidden')).toBe('true');
      expect(chart.querySelector('script, [onclick], [onload]')).toBeNull();
      const rows = [...chart.querySelectorAll('table tbody tr')];
      expect(rows.length).toBe(chart.querySelectorAll('rect.data-chart__bar').length);
      expect(squash(chart.querySelector('table caption')?.textContent)).toBe(
        squash(chart.querySelector('figcaption')?.textContent),
      );
    }
    const [detection, , funds] = charts;
    expect([...detection!.querySelectorAll('tbody tr')].map((row) => squash(row.textContent))).toEqual([
      '2017decrease of 15%',
      '2018 (“the current one”)decrease of 30%',
    ]);
    const widths = [...detection!.querySelectorAll('rect.data-chart__bar')].map((rect) =>
      Number(rect.getAttribute('width')),
    );
    expect(widths[1]! / widths[0]!).toBeCloseTo(30 / 15);
    const track = Number(funds!.querySelector('rect.data-chart__track')?.getAttribute('width'));
    const bar = Number(funds!.querySelector('rect.data-chart__bar')?.getAttribute('width'));
    expect(bar / track).toBeCloseTo(0.17);
    expect(squash(funds!.querySelector('tbody tr')?.textContent)).toBe('2015 to 21 December 2018 (“Since 2015”)17%');
  });

  it('links to its data as JSON, CSV and JSON Schema', () => {
    expect([...doc.querySelectorAll('.data-files a')].map((a) => a.getAttribute('href'))).toEqual([
      `/${data}figures.json`,
      `/${data}figures.csv`,
      `/${data}figures.schema.json`,
    ]);
  });
});

describe('instructions and requests', () => {
  const doc = readPage(siteDir, `${data}instructions/`);

  it('groups the instructions by whom they were given to, unnamed last, each with the verb of its sentence', () => {
    const groups = [...doc.querySelectorAll('.data-group')];
    expect(groups.map((group) => squash(group.querySelector('h2')?.textContent))).toEqual([
      'law enforcement and special agencies',
      'border and customs control bodies',
      'Ministry of Health',
      'Ministry of Education',
      'Minister of the Interior affairs',
      'authorized agencies',
      'Ministry of Justice',
      'Addressee not named in the text',
    ]);
    const cards = [...doc.querySelectorAll('.data-card--instruction')];
    expect(cards).toHaveLength(9);
    for (const card of cards) {
      const verb = squash(card.querySelector('.instruction-verb')?.textContent).toLowerCase();
      const { paragraph } = followParagraph(card.querySelector('a.data-source__link')?.getAttribute('href') ?? null);
      expect(verb).not.toBe('');
      expect(squash(paragraph?.textContent)).toMatch(new RegExp(`\\b${verb}\\b`, 'u'));
    }
  });

  it('links a named addressee and the General Prosecutor to their entries', () => {
    const justice = doc.querySelector('#instruction-debtor-property-system .data-card__by a');
    expect(justice?.getAttribute('href')).toBe(`/${data}people/#person-ministry-of-justice`);
    const card = doc.getElementById('instruction-drug-supply-chains');
    expect(squash(card?.querySelector('.data-card__what')?.textContent)).toMatch(
      /^The General Prosecutor directed law enforcement and special agencies: strengthen /u,
    );
    expect(card?.querySelector('.data-card__by a')?.getAttribute('href')).toBe(
      `/${data}people/#person-kairat-kozhamzharov`,
    );
  });
});

describe('people and organisations, and the timeline', () => {
  it('gives each its role as the text does and links every mention', () => {
    const doc = readPage(siteDir, `${data}people/`);
    const person = doc.getElementById('person-kairat-kozhamzharov');
    expect(squash(person?.querySelector('.data-card__name')?.textContent)).toBe('Kairat Kozhamzharov');
    expect(squash(person?.querySelector('.data-card__role')?.textContent)).toBe('General Prosecutor');
    const mentions = [...(person?.querySelectorAll('.data-card__mentions a') ?? [])];
    expect(mentions.map((a) => a.getAttribute('href')?.replace(/^.*#/u, '#'))).toEqual(['#p4', '#p11', '#p15', '#p22']);
    for (const a of mentions) {
      const { paragraph } = followParagraph(a.getAttribute('href'));
      expect(squash(paragraph?.textContent)).toMatch(/Kozhamzharov|General Prosecutor/u);
    }
  });

  it('lists the dates in time order, with the publication from the release itself', () => {
    const doc = readPage(siteDir, `${data}timeline/`);
    const starts = [...doc.querySelectorAll('.data-timeline > li')].map(
      (li) => li.querySelector('time')?.getAttribute('datetime') ?? '',
    );
    expect(starts).toEqual(['2015', '2016', '2017', '2018', '2018-12-21', '2019', '2019-01', '2019-01-28']);
    expect(squash(doc.getElementById('publication')?.textContent)).toContain('28 January 2019');
    expect(squash(doc.getElementById('date-work-plan-period')?.querySelector('.data-when')?.textContent)).toBe(
      'January 2019 to June 2019',
    );
  });
});

describe('data in the topic pages', () => {
  it('shows the figures after the official text, in the order of their paragraphs, marked editorial', () => {
    const doc = readPage(siteDir, `${release}drug-trafficking/`);
    const notes = doc.querySelector('.topic-notes');
    expect(notes?.closest('.official')).toBeNull();
    const all = [...doc.querySelectorAll('*')];
    expect(all.indexOf(notes as Element)).toBeGreaterThan(all.indexOf(doc.querySelector('.official') as Element));
    const panels = [...(notes?.querySelectorAll('.data-panel') ?? [])];
    const heroin = panels[0];
    expect(squash(heroin?.querySelector('.editorial-mark')?.textContent)).toBe('Editorial');
    expect(squash(heroin?.querySelector('data')?.textContent)).toBe('387 kg');
    expect(heroin?.querySelector('p')).toBeNull();
    expect(heroin?.querySelector('.data-source__link')?.getAttribute('href')).toBe(`/${release}drug-trafficking/#p5`);
    // Every panel of the topic leads to the topic's figures: one name, one target.
    const more = new Set(
      panels
        .filter((panel) => panel.querySelector('.data-value'))
        .map((panel) => panel.querySelector('a.data-panel__more')?.getAttribute('href')),
    );
    expect([...more]).toEqual([`/${data}figures/#group-drug-trafficking`]);
    expect(readPage(siteDir, `${data}figures/`).getElementById('group-drug-trafficking')).not.toBeNull();
    expect(panels[1]?.querySelectorAll('figure.data-chart rect.data-chart__bar')).toHaveLength(2);
    // In the order of the paragraphs they come from.
    const numbers = panels.map((panel) =>
      Number(/#p(\d+)$/u.exec(panel.querySelector('.data-source__link')?.getAttribute('href') ?? '')?.[1]),
    );
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('shows an instruction with its verb and addressee', () => {
    const doc = readPage(siteDir, `${release}asset-recovery/`);
    const inline = [...doc.querySelectorAll('.topic-notes .data-panel')].find(
      (panel) => panel.querySelector('.data-source__link')?.getAttribute('href')?.endsWith('#p24') === true,
    );
    expect(squash(inline?.querySelector('.instruction-verb')?.textContent)).toBe('tasked');
    expect(squash(inline?.querySelector('.data-card__what')?.textContent)).toMatch(
      /^The Ministry of Justice was tasked \(by whom, the text does not say\): accelerate /u,
    );
  });

  it('keeps every editorial panel out of the official text, on every page', () => {
    for (const page of [
      release,
      `${release}drug-trafficking/`,
      `${release}asset-recovery/`,
      `${release}work-plan/`,
      '',
    ]) {
      const doc = readPage(siteDir, page);
      expect(doc.querySelectorAll('.official').length, page).toBeGreaterThan(0);
      expect(doc.querySelectorAll('.official .editorial, .official .data-panel, .official .glance'), page).toHaveLength(
        0,
      );
    }
  });

  it('leaves the full text as published: no data between its paragraphs', () => {
    const doc = readPage(siteDir, `${release}full-text/`);
    expect(doc.querySelectorAll('.data-panel')).toHaveLength(0);
  });

  it('links the overview to every data page', () => {
    const doc = readPage(siteDir, release);
    const links = [...doc.querySelectorAll('.data-nav a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      ['figures/', 'instructions/', 'people/', 'timeline/', '', 'cite/'].map((p) => `/${data}${p}`),
    );
  });
});

describe('citations', () => {
  it('offer the release and each paragraph of a page, with its anchor and no placeholder to fill in', () => {
    // A topic page links to the citation page; the overview holds the control itself.
    const topicPage = readPage(siteDir, `${release}asset-recovery/`);
    expect(topicPage.querySelector('cite-this')).toBeNull();
    expect(topicPage.querySelector('.cite-link a')?.getAttribute('href')).toBe(`/${data}cite/`);
    const doc = readPage(siteDir, release);
    const cite = doc.querySelector('cite-this details');
    expect(squash(cite?.querySelector('summary')?.textContent)).toBe('Cite');
    // The release's citation on the page; each paragraph's on the citation page, in order from the
    // page's first, one link away: the overview's two, and the asset-recovery topic's seven.
    const links = [...(cite?.querySelectorAll(`a[href^="/${data}cite/#cite-p"]`) ?? [])];
    expect(links.map((a) => [squash(a.textContent), a.getAttribute('href')])).toEqual([
      ['Cite a paragraph of this page (¶1–2)', `/${data}cite/#cite-p1`],
    ]);
    const citePage = readPage(siteDir, `${data}cite/`);
    const ids = [18, 19, 20, 21, 22, 23, 24].map((n) => `cite-p${n}`);
    const texts = [
      ...[...(cite?.querySelectorAll('[data-copy]') ?? [])].map((el) => squash(el.textContent)),
      ...ids.map((id) => squash(citePage.getElementById(id)?.querySelector('[data-copy]')?.textContent)),
    ];
    expect(texts).toHaveLength(1 + 7);
    for (const part of [
      "Press Service of the General Prosecutor's Office of the Republic of Kazakhstan.",
      '“At the General Prosecutor’s Office they discussed',
      'Astana',
      '28 January 2019',
    ]) {
      expect(texts[0]).toContain(part);
    }
    expect(texts[1]).toContain(`paragraph 18. `);
    expect(texts[1]).toMatch(new RegExp(`/${release}asset-recovery/#p18\\.$`, 'u'));
    for (const text of texts) expect(text).not.toMatch(/\[|accessed/u);
    expect(cite?.closest('.official')).toBeNull();
  });

  it('ship the copy button as a script file, not inline', () => {
    const doc = readPage(siteDir, `${data}cite/`);
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.length).toBeGreaterThan(0);
    // The one inline script the site has is the theme's, which runs before the first paint.
    const own = scripts.filter((script) => script.textContent !== THEME_SCRIPT);
    expect(own.length).toBeGreaterThan(0);
    for (const script of own) expect(script.getAttribute('src') ?? 'inline').toMatch(/\.js$/u);
    expect(doc.querySelectorAll('.cite__list [data-copy]')).toHaveLength(paragraphs.length);
  });
});
