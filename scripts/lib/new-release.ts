import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { TOPIC_FILE, versionFolders } from '../../src/integrations/release-loader.ts';
import { DATE_FORMS, datesWritten, isoDate } from '../../src/lib/text/dates.ts';
import type { PublishedText } from '../../src/lib/text/published-text.ts';
import { RESERVED_TOPIC_SLUGS } from '../../src/lib/site/routes.ts';
import { bodyParagraphs, readOfficialBody } from '../../src/lib/text/official-body.ts';

/** A captured text made fit to keep, and each kind of change that made it so, as a sentence. */
export interface CapturedText {
  text: string;
  changes: string[];
}

const lines = (count: number): string => `${count} line${count === 1 ? '' : 's'}`;
const blankLines = (count: number): string => `${count} blank line${count === 1 ? '' : 's'}`;

/**
 * Undoes what a copy from a web page adds around a text, and nothing else: a byte-order mark,
 * CRLF (or CR) line ends, spaces and tabs at line ends, and runs of blank lines (left as one
 * blank line, the separator of the text's blocks; none before the first line nor after the last).
 * Every other character is the office's and is kept, a no-break space included.
 */
export function normaliseCapture(raw: string): CapturedText {
  const changes: string[] = [];
  let text = raw;
  if (text.startsWith('\ufeff')) {
    text = text.slice(1);
    changes.push('removed a byte-order mark');
  }
  const crlf = text.match(/\r\n/gu)?.length ?? 0;
  if (crlf > 0) {
    text = text.replace(/\r\n/gu, '\n');
    changes.push(`CRLF line ends → LF (${lines(crlf)})`);
  }
  const cr = text.match(/\r/gu)?.length ?? 0;
  if (cr > 0) {
    text = text.replace(/\r/gu, '\n');
    changes.push(`CR line ends → LF (${lines(cr)})`);
  }
  const split = text.split('\n');
  const trailing = split.filter((line) => /[ \t]$/u.test(line)).length;
  if (trailing > 0) changes.push(`removed trailing spaces or tabs on ${lines(trailing)}`);
  text = split.map((line) => line.replace(/[ \t]+$/u, '')).join('\n');
  const leading = /^\n+/u.exec(text)?.[0].length ?? 0;
  if (leading > 0) changes.push(`removed ${blankLines(leading)} at the start`);
  // The line end of the last line is kept; each one after it ends a blank line.
  const closing = Math.max((/\n+$/u.exec(text)?.[0].length ?? 0) - 1, 0);
  if (closing > 0) changes.push(`removed ${blankLines(closing)} at the end`);
  text = text.replace(/^\n+/u, '').replace(/\n+$/u, '\n');
  const runs = text.match(/\n{3,}/gu)?.length ?? 0;
  if (runs > 0) changes.push(`blank lines in a row → one blank line (${runs} place${runs === 1 ? '' : 's'})`);
  return { text: text.replace(/\n{3,}/gu, '\n\n'), changes };
}

// Russian and Kazakh letters in Latin ones, as a reader of an address would spell them.
const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ә: 'a', ғ: 'g', қ: 'q', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
}; // prettier-ignore

// Words an address does without, in the languages of the releases.
const SMALL_WORDS = new Set(
  `a an the of at in on to for and or by with from as is are was were be been it its they their
  this that these those в во и на по с со о об к ко за из от для при до а но или және мен бен пен
  туралы да де`.split(/\s+/u),
);

/**
 * Up to `max` words of a text for an address: lower-case ASCII letters and digits joined by single
 * hyphens, Cyrillic letters spelt in Latin ones, accents dropped, small words left out, and any
 * other letter dropped; empty when nothing is left.
 */
export function addressWords(text: string, max: number): string {
  return text
    .toLowerCase()
    .replace(/['’ʼ`]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !SMALL_WORDS.has(word))
    .map((word) =>
      [...word.normalize('NFKD')]
        .map((char) => LATIN[char] ?? char)
        .join('')
        .replace(/[^a-z0-9]/gu, ''),
    )
    .filter((word) => word !== '')
    .slice(0, max)
    .join('-');
}

/** A release's publication day, read from the date line, or why it cannot be read. */
export function publicationDay(published: PublishedText, file: string): Date {
  const [first] = datesWritten(published.dateLine);
  if (!first) {
    throw new Error(
      `${file}: date line: "${published.dateLine}" gives no date in a form the site reads (${DATE_FORMS.map((form) => `"${form}"`).join(', ')})`,
    );
  }
  return first.date;
}

/** The meeting a lead names at its start ("April 12, 2019, Astana."), or why it names none. */
export function leadMeeting(lead: string, file: string): { date: Date; place: string } {
  const [first] = datesWritten(lead);
  const place = first
    ? /^,?\s*([^.,;:]+?)\s*[.,;:]/u.exec(lead.slice(lead.indexOf(first.written) + first.written.length))
    : null;
  if (!first || !place?.[1]) {
    throw new Error(
      `${file}: paragraph 1: does not open with the day and place of the meeting ("April 12, 2019, Astana."), which a release's lead names and its index.mdx records as meeting.date and meeting.place`,
    );
  }
  return { date: first.date, place: place[1] };
}

/**
 * The office an attribution names: "Press Service of the X" names X; any other attribution is
 * taken whole, which the schema accepts, for an editor to shorten.
 */
export function attributionIssuer(attribution: string): string {
  return (
    /^(?:the\s+)?press\s+(?:service|office|centre|center)\s+of\s+(?:the\s+)?(.+)$/iu.exec(attribution)?.[1] ??
    attribution
  );
}

/** `count` runs of consecutive items, as even as can be, the longer ones first. */
export function evenRuns<T>(items: readonly T[], count: number): T[][] {
  const size = Math.floor(items.length / count);
  const longer = items.length % count;
  const runs: T[][] = [];
  let start = 0;
  for (let i = 0; i < count; i += 1) {
    const end = start + size + (i < longer ? 1 : 0);
    runs.push(items.slice(start, end));
    start = end;
  }
  return runs;
}

/**
 * Each topic's file name, from the first words of its first paragraph: an address that says
 * something until an editor names the topic. Never a fixed page's name, never twice.
 */
export function topicNames(firstParagraphs: readonly string[]): string[] {
  const names: string[] = [];
  firstParagraphs.forEach((paragraph, index) => {
    const base = addressWords(paragraph, 4) || `topic-${index + 1}`;
    let name = base;
    for (let n = 2; names.includes(name) || RESERVED_TOPIC_SLUGS.includes(name); n += 1) name = `${base}-${n}`;
    names.push(name);
  });
  return names;
}

/** What marks an editorial field as not yet written: it builds, and it shows on every page it is on. */
export const TO_WRITE = 'TO WRITE:';

/** A frontmatter block, fields in the order given, each value as YAML writes it on one line. */
export function frontmatter(fields: Record<string, unknown>): string {
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n`;
}

/**
 * The fields of a scaffolded index.mdx: those its text gives (headline, dates, meeting, issuer,
 * attribution), and the editorial ones left to write, the summary with what it is for.
 */
export function indexFields(
  published: PublishedText,
  day: Date,
  meeting: { date: Date; place: string },
  summary: string,
): Record<string, unknown> {
  return {
    headline: published.headline,
    shortTitle: `${TO_WRITE} short title`,
    published: isoDate(day),
    meeting: { date: isoDate(meeting.date), place: meeting.place },
    issuer: attributionIssuer(published.attribution),
    attribution: published.attribution,
    summary: `${TO_WRITE} ${summary}`,
  };
}

/** An MDX body of official paragraphs: one a line, a blank line between them. */
export function officialBody(paragraphs: readonly string[]): string {
  return `\n${paragraphs.join('\n\n')}\n`;
}

/**
 * Why a scaffolded file's paragraphs would not read back from its MDX as written (a paragraph that
 * MDX reads as a list, a heading, emphasis or code would not build as official text), or undefined:
 * better said before writing, naming it, than by the build.
 */
export function readBackProblem(
  file: { text: string; paragraphs: readonly string[] },
  where: string,
): string | undefined {
  const read = bodyParagraphs(readOfficialBody(file.text.slice(file.text.indexOf('\n---\n') + 5), where));
  const differs = file.paragraphs.findIndex((paragraph, i) => read[i] !== paragraph);
  if (differs < 0 && read.length === file.paragraphs.length) return undefined;
  return `${where}: body: "${(file.paragraphs[differs] ?? '').slice(0, 60)}" would not read back as written in MDX; write this release's files by hand`;
}

/** An editorial field a scaffold left to write: its file, line and field. */
export interface FieldToWrite {
  file: string;
  line: number;
  field: string;
}

/**
 * Every frontmatter field of every version's index.mdx and topics that still says {@link TO_WRITE}:
 * what a scaffold left for the editor. They build (each shows as written until it is written), so
 * they are no problem of the content; `npm run check` lists them so that it names all that is left.
 */
export function fieldsToWrite(root: string): FieldToWrite[] {
  const found: FieldToWrite[] = [];
  for (const { dir } of versionFolders(root)) {
    const topics = join(dir, 'topics');
    const files = [
      join(dir, 'index.mdx'),
      ...(existsSync(topics)
        ? readdirSync(topics)
            .filter((name) => TOPIC_FILE.test(name))
            .sort()
        : []
      ).map((name) => join(topics, name)),
    ];
    for (const path of files.filter((file) => existsSync(file))) {
      const lines = readFileSync(path, 'utf8').split('\n');
      const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
      lines.slice(1, Math.max(end, 1)).forEach((text, i) => {
        const field = /^([A-Za-z][\w-]*):\s*["']?TO WRITE:/u.exec(text)?.[1];
        if (field) found.push({ file: relative(process.cwd(), path), line: i + 2, field });
      });
    }
  }
  return found;
}
