import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePublishedText } from '../../src/lib/text/published-text.ts';
import { bodyParagraphs, readOfficialBody } from '../../src/lib/text/official-body.ts';
import { writePins } from '../../src/lib/text/official-texts.ts';

/** How the synthetic topics are labelled: from a shared list, as editors do, or each one new. */
export type LabelMode = 'shared' | 'unique';

/** What a generated content folder holds. */
export interface SyntheticSite {
  releases: number;
  topics: number;
  /** HTML pages the site will have: home, 404, and per release its overview, full text and topics. */
  pages: number;
  /** Bytes of MDX written (frontmatter and body). */
  mdxBytes: number;
  /** Distinct topic labels, which is the length of the search's topic filter. */
  labels: number;
}

// A small, seeded generator: the same arguments always give the same site.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The vocabulary of the release this site publishes, so that synthetic text reads and indexes
// like it; invented names and places stand for the proper nouns every new release brings.
const COMMON = `the of and to in a for on was were is are by with that as at from it be this which
their they have has been also not all its an or more than other should measures state law
enforcement agencies bodies council meeting prosecutor general office work plan drug trafficking
assets stolen return crimes criminal cases citizens rights protection authorities border customs
control ministry health education interior justice development system information financial units
foreign colleagues search seizure arrest property damage compensation investigation court officers
responsibility program prevention addiction young people year region country security threat
measures approved directed instructed noted considered discussed proposed recommended reviewed
decision directive supervision checks inspection violations sentences termination number decrease
increase percent thousand tons seized detected revealed established accounting objective effective
public service officials legislation amendments draft report results period first half second
quarter annual local national international cooperation coordination chairmanship members
representatives administration presidential government deputy head chief department committee`
  .split(/\s+/u)
  .filter((word) => word !== '');

const SYLLABLES = ['ka', 'zha', 'mar', 'tay', 'bek', 'nur', 'sul', 'tan', 'ara', 'lym', 'kor', 'dos', 'ser', 'ik'];

const PLACES = ['Astana', 'Almaty', 'Shymkent', 'Karaganda', 'Aktobe', 'Taraz', 'Pavlodar', 'Kostanay', 'Atyrau'];

// Labels editors reuse from release to release; the search filter lists each once.
const SHARED_LABELS = [
  'Drug trafficking',
  'Asset recovery',
  'Work plan',
  'Corruption',
  'Cybercrime',
  'Human rights',
  'Juvenile justice',
  'Tax offences',
  'Public procurement',
  'Land use',
  'Labour rights',
  'Pensions',
  'Road safety',
  'Environment',
  'Customs',
  'Border security',
  'Extremism',
  'Fraud',
  'Housing',
  'Health care',
  'Education',
  'Business rights',
  'Court practice',
  'Prisons',
  'Statistics',
  'International cooperation',
  'Legislation',
  'Citizens’ appeals',
  'Budget spending',
  'Agriculture',
];

const ISSUER = "General Prosecutor's Office of the Republic of Kazakhstan";
const ATTRIBUTION = "Press Service of the General Prosecutor's Office of the Republic of Kazakhstan";

/** Writes the text of one synthetic release and gives back its files. */
class Writer {
  readonly #next: () => number;
  readonly #names: string[];

  constructor(seed: number) {
    this.#next = random(seed);
    // Proper nouns, numerous and rare, as in a real archive: the index grows with each release.
    this.#names = Array.from({ length: 4000 }, (_, i) => {
      const parts = 2 + (i % 3);
      let name = '';
      for (let p = 0; p < parts; p += 1) name += SYLLABLES[(i * 7 + p * 13 + (i >> p)) % SYLLABLES.length];
      return name.charAt(0).toUpperCase() + name.slice(1);
    });
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.#next() * list.length)] as T;
  }

  word(): string {
    const roll = this.#next();
    if (roll < 0.06) return this.pick(this.#names);
    if (roll < 0.09) return String(this.int(2, 990));
    // Common words follow a rough Zipf curve: the first ones of the list come up most.
    return COMMON[Math.floor(COMMON.length * this.#next() ** 2)] as string;
  }

  sentence(): string {
    const words = Array.from({ length: this.int(8, 28) }, () => this.word());
    if (this.#next() < 0.15) words.splice(this.int(1, words.length - 1), 0, "Prosecutor's");
    if (this.#next() < 0.1) words.splice(this.int(1, words.length - 1), 0, 'citizens’');
    const text = words.join(' ').replace(/ (and|which|but) /u, ', $1 ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }

  paragraph(): string {
    // The first word is a name or a common word, capitalised: never a digit, so that no
    // paragraph turns into a Markdown list.
    return Array.from({ length: this.int(1, 4) }, () => this.sentence()).join(' ');
  }

  heading(): string {
    const text = Array.from({ length: this.int(3, 7) }, () => this.word()).join(' ');
    return `## ${text.charAt(0).toUpperCase()}${text.slice(1)}`;
  }

  /** A figure of numbers: a component, not official text, so it is in the MDX only. */
  figure(): string {
    const rows = Array.from({ length: this.int(3, 6) }, () => {
      const cells = [this.pick(PLACES), ...Array.from({ length: 3 }, () => String(this.int(1, 9000)))];
      return `<tr>${cells.map((cell, i) => (i === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`;
    });
    return [
      '<figure class="figure">',
      `<table><thead><tr><th scope="col">Region</th><th scope="col">2017</th><th scope="col">2018</th><th scope="col">2019</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
      `<figcaption>${this.sentence()}</figcaption>`,
      '</figure>',
    ].join('\n');
  }

  /** Official blocks (paragraphs and headings) and the body's blocks, of about `bytes` bytes. */
  body(bytes: number): { official: string[]; blocks: string[] } {
    const official: string[] = [];
    const blocks: string[] = [];
    let size = 0;
    let sinceHeading = 0;
    while (size < bytes) {
      let block: string;
      // The site's official text is plain paragraphs (the build refuses headings and raw HTML in
      // it), so where a section would start the text has a one-sentence paragraph, as the real
      // release does ("97 tons of various drugs were seized, …").
      if (sinceHeading >= 4 && this.#next() < 0.3) {
        block = this.sentence();
        sinceHeading = 0;
        official.push(block);
      } else {
        block = this.paragraph();
        sinceHeading += 1;
        official.push(block);
      }
      blocks.push(block);
      size += block.length + 2;
    }
    return { official, blocks };
  }
}

function frontmatter(fields: Record<string, unknown>): string {
  // JSON strings are valid YAML scalars, quotes and apostrophes included.
  const lines = Object.entries(fields).map(([key, value]) =>
    typeof value === 'object' && value !== null
      ? `${key}:\n${Object.entries(value)
          .map(([k, v]) => `  ${k}: ${typeof v === 'string' ? JSON.stringify(v) : String(v)}`)
          .join('\n')}`
      : `${key}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
  );
  return `---\n${lines.join('\n')}\n---\n`;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function usDate(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

function longDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** Writes synthetic releases, each true to its `press-release.txt`, into `dir` until the site has `pages` pages. */
export function writeSyntheticReleases(
  dir: string,
  {
    pages,
    labels = 'shared',
    mdxBytes = 6000,
    seed = 1,
    newest = new Date(Date.UTC(2025, 11, 31)),
  }: {
    pages: number;
    labels?: LabelMode;
    mdxBytes?: number;
    seed?: number;
    /** The day of the newest release; the others go back from it, a day or a few at a time. */
    newest?: Date;
  },
): SyntheticSite {
  // A mix of paragraphs, headings and figures, about `mdxBytes` bytes of MDX per page, so that
  // the build's fidelity check runs on them as on real content.
  const writer = new Writer(seed);
  const site: SyntheticSite = { releases: 0, topics: 0, pages: 2, mdxBytes: 0, labels: 0 };
  const labelSet = new Set<string>();
  let day = newest.getTime();
  while (site.pages < pages) {
    const published = new Date(day);
    day -= writer.int(1, 3) * 86_400_000;
    const meeting = new Date(published.getTime() - writer.int(1, 30) * 86_400_000);
    const headlineWords = Array.from({ length: writer.int(8, 16) }, () => writer.word());
    const headline = `At the General Prosecutor’s Office they discussed ${headlineWords.join(' ')}`;
    const id = `${isoDay(published)}-release-${site.releases + 1}`;
    const topicCount = writer.int(2, 5);
    const place = writer.pick(PLACES);

    // `mdxBytes` per page, and a release has two pages more than topics (overview, full text);
    // its lead is half a topic long, as in the release this site publishes. Frontmatter counts.
    const share = (mdxBytes * (topicCount + 2)) / (topicCount + 0.5);
    const lead = writer.body(share / 2 - 520);
    // The lead opens with the day and place of the meeting, which the build checks.
    const dateline = `${usDate(meeting)}, ${place}. `;
    lead.official[0] = `${dateline}${lead.official[0] ?? ''}`;
    lead.blocks[0] = `${dateline}${lead.blocks[0] ?? ''}`;
    // Shared labels, each at most once in a release (a release's topics are told apart by them).
    const firstLabel = writer.int(0, SHARED_LABELS.length - 1);
    const topics = Array.from({ length: topicCount }, (_, i) => {
      const label =
        labels === 'unique'
          ? `Topic ${site.topics + i + 1}`
          : (SHARED_LABELS[(firstLabel + i) % SHARED_LABELS.length] as string);
      return {
        order: i + 1,
        label,
        title: writer
          .sentence()
          .slice(0, 49)
          .replace(/[\s.,;]+$/u, ''),
        summary: writer.sentence().slice(0, 280),
        body: writer.body(share - 330),
      };
    });

    const publishedText = [
      headline,
      `${longDate(published)} Print versionPDF\n${headline} - ${writer.int(1_000_000_000, 1_999_999_999)}`,
      ...lead.official,
      ...topics.flatMap((topic) => topic.body.official),
      ATTRIBUTION,
    ].join('\n\n');

    const releaseDir = join(dir, id);
    mkdirSync(join(releaseDir, 'topics'), { recursive: true });
    const files: [string, string][] = [
      ['press-release.txt', `${publishedText}\n`],
      [
        'index.mdx',
        `${frontmatter({
          headline,
          shortTitle: headlineWords.slice(0, 5).join(' ').slice(0, 49).trim(),
          published: isoDay(published),
          meeting: { date: isoDay(meeting), place },
          issuer: ISSUER,
          attribution: ATTRIBUTION,
          summary: writer.sentence().slice(0, 290),
        })}\n${lead.blocks.join('\n\n')}\n`,
      ],
      ...topics.map((topic): [string, string] => [
        `topics/topic-${topic.order}.mdx`,
        `${frontmatter({ order: topic.order, label: topic.label, title: topic.title, summary: topic.summary })}\n${topic.body.blocks.join('\n\n')}\n`,
      ]),
    ];
    for (const [name, text] of files) {
      writeFileSync(join(releaseDir, name), text);
      if (name.endsWith('.mdx')) site.mdxBytes += Buffer.byteLength(text);
    }

    // The generator checks itself with the site's own reading of the two texts.
    const parsed = parsePublishedText(publishedText, id);
    const bodies = [lead.blocks, ...topics.map((topic) => topic.body.blocks)].flatMap((blocks) =>
      bodyParagraphs(readOfficialBody(blocks.join('\n\n'), id)),
    );
    if (JSON.stringify(parsed.paragraphs) !== JSON.stringify(bodies)) {
      throw new Error(`${id}: the synthetic MDX does not match its press-release.txt`);
    }

    for (const topic of topics) labelSet.add(topic.label);
    site.releases += 1;
    site.topics += topicCount;
    site.pages += topicCount + 2;
  }
  site.labels = labelSet.size + 1;
  // Generated texts are pinned as an editor pins a new text (npm run pin-texts).
  writePins(dir);
  return site;
}
