// What the search showed before its results were checked word by word: Pagefind's own order and
// excerpt, and the paragraphs holding any of Pagefind's matched locations. Kept only to measure
// the same relevance set against it (npm run bench:search).
import type { Segment } from '../../src/lib/search/search.ts';
import { englishRules, parseQuery, type WordRules } from '../../src/lib/search/search-query.ts';
import type { PageData, SearchAnswer, SearchEngine } from '../../src/lib/search/search-results.ts';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
    return entities[ref.toLowerCase()] ?? whole;
  });
}

function excerptSegments(excerpt: string): Segment[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/u)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = /^<mark>([\s\S]*)<\/mark>$/u.exec(part);
      return { text: decodeEntities(marked ? (marked[1] ?? '') : part), mark: marked !== null };
    });
}

type Located = PageData & { excerpt: string; locations: number[] };

function paragraphHits(result: Located, words = 24): { id: string; url: string; segments: Segment[] }[] {
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
    for (let i = start; i < end; i += 1) segments.push({ text: `${tokens[i] ?? ''} `, mark: marked.has(i) });
    const base = result.url.split('#')[0] ?? result.url;
    return { id: anchor.id, url: `${base}#${anchor.id}`, segments };
  });
}

/**
 * The answer Pagefind alone gave: everything it returned, as it returned it (the query read by the
 * rules of the index's language, for the measures that compare the words asked for).
 */
export async function pagefindAloneAnswer(
  engine: SearchEngine,
  text: string,
  rules: WordRules = englishRules,
): Promise<SearchAnswer> {
  const response = await engine.search(text);
  const pages = (await Promise.all((response?.results ?? []).map((result) => result.data()))) as Located[];
  return {
    query: parseQuery(text, rules),
    absent: [],
    foundAs: [],
    suggestions: [],
    searched: [text],
    tooCommon: false,
    truncated: false,
    results: pages.map((page) => ({
      url: page.url,
      title: page.meta['title'] ?? page.url,
      topic: page.meta['topic'] ?? '',
      data: page.meta['topic'] === 'Release data',
      segments: excerptSegments(page.excerpt),
      paragraphs: paragraphHits(page)
        .slice(0, 3)
        .map((hit) => ({ ...hit, complete: false })),
    })),
  };
}
