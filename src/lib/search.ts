import { OVERVIEW_LABEL } from './site';

/** The values of the search's topic filter: the overview, then every topic label once, in order. */
export function searchFilterValues(releases: readonly { topics: readonly { data: { label: string } }[] }[]): string[] {
  const labels = releases.flatMap((release) => release.topics.map((topic) => topic.data.label));
  return [OVERVIEW_LABEL, ...new Set(labels)];
}

/** A run of excerpt text, highlighted or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind writes into excerpts. */
function decodeEntities(html: string): string {
  return html.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return entities[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt into text runs: only its `<mark>` highlights are kept, as flags, and
 * every other character is text. Rendered with `textContent`, no part of an excerpt can become
 * markup.
 */
export function excerptSegments(excerpt: string): Segment[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/u)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = /^<mark>([\s\S]*)<\/mark>$/u.exec(part);
      return { text: decodeEntities(marked ? (marked[1] ?? '') : part), mark: marked !== null };
    });
}

/** What a paragraph hit needs from a Pagefind result. */
export interface ResultLocations {
  url: string;
  locations: number[];
  anchors: { element: string; id: string; text: string; location: number }[];
}

/** A paragraph of a result that holds matched words, with an excerpt around the first of them. */
export interface ParagraphHit {
  id: string;
  url: string;
  segments: Segment[];
}

/**
 * The paragraphs of a result that contain matches, in page order, each with an excerpt of up to
 * `words` words around its first match. Pagefind counts locations in words of the page's text and
 * records where each element with an id starts; official paragraphs have ids `p<n>`.
 */
export function paragraphHits(result: ResultLocations, words = 24): ParagraphHit[] {
  const paragraphs = result.anchors
    .filter((anchor) => anchor.element === 'p' && /^p\d+$/u.test(anchor.id))
    .sort((a, b) => a.location - b.location);
  const hits = new Map<string, { anchor: (typeof paragraphs)[number]; matches: number[] }>();
  for (const location of [...result.locations].sort((a, b) => a - b)) {
    let owner: (typeof paragraphs)[number] | undefined;
    for (const anchor of paragraphs) if (anchor.location <= location) owner = anchor;
    if (!owner) continue;
    const length = owner.text.split(/\s+/u).filter(Boolean).length;
    if (location >= owner.location + length) continue;
    const entry = hits.get(owner.id) ?? { anchor: owner, matches: [] };
    entry.matches.push(location - owner.location);
    hits.set(owner.id, entry);
  }
  return [...hits.values()].map(({ anchor, matches }) => {
    const tokens = anchor.text.split(/\s+/u).filter(Boolean);
    const first = matches[0] ?? 0;
    const start = Math.max(0, Math.min(first - Math.floor(words / 3), tokens.length - words));
    const end = Math.min(tokens.length, start + words);
    const marked = new Set(matches);
    const segments: Segment[] = [];
    // Neighbouring plain text is merged into one run; each matched word is a run of its own.
    const push = (text: string, mark: boolean): void => {
      const last = segments.at(-1);
      if (last && !last.mark && !mark) last.text += text;
      else segments.push({ text, mark });
    };
    if (start > 0) push('… ', false);
    for (let i = start; i < end; i += 1) {
      if (i > start) push(' ', false);
      push(tokens[i] ?? '', marked.has(i));
    }
    if (end < tokens.length) push(' …', false);
    const base = result.url.split('#')[0] ?? result.url;
    return { id: anchor.id, url: `${base}#${anchor.id}`, segments };
  });
}

/** The words of a query worth highlighting on the page a result leads to. */
export function highlightTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 || /\p{N}/u.test(word));
  return [...new Set(words)];
}
