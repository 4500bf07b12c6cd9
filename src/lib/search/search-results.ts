// A search from query to what the reader is shown: which words are not in the text and what is
// near them, then Pagefind's candidates checked word by word (search-match.ts), ranked, with
// excerpts that highlight only what was really found. The engine is passed in: in the browser it
// is Pagefind's bundle, in tests the same bundle loaded in Node.
import type { Segment } from './search.ts';
import { compareMatches, matchWindow, windowSegments, type WindowMatch } from './search-match.ts';
import { parseQuery, splitWords, type ParsedQuery, type QueryWord } from './search-query.ts';
import type { Lexicon } from './search-vocabulary.ts';

/** What the search needs of a Pagefind result's `data()`. */
export interface PageData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

/** What the search needs of Pagefind. */
export interface SearchEngine {
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PageData> }[] } | null>;
}

/** Pages already loaded, by Pagefind's result id: each is fetched and read once per visit. */
export type PageCache = Map<string, Promise<PageData>>;

/** A paragraph of a result that holds words of the query. */
export interface ParagraphResult {
  /** The paragraph's anchor, `p<n>`. */
  id: string;
  url: string;
  segments: Segment[];
  /** It holds every word (or phrase) asked for. */
  complete: boolean;
}

/** A page (or a datum of the release data) that holds every word asked for. */
export interface PageResult {
  /** Where the result leads: the best paragraph when there is one. */
  url: string;
  title: string;
  topic: string;
  /** Editorial data rather than the official text. */
  data: boolean;
  segments: Segment[];
  paragraphs: ParagraphResult[];
}

/** A word of the query and the words of the text nearest to it. */
export interface Suggestion {
  word: string;
  options: string[];
}

/** Everything the reader is told about a query. */
export interface SearchAnswer {
  query: ParsedQuery;
  /** Words (or phrases) asked for that are not in the text. */
  absent: string[];
  /** Words found only in another form of the text (heroine as heroin): each as typed, and as found. */
  foundAs: { typed: string; forms: string[] }[];
  suggestions: Suggestion[];
  /** The words the results hold: those asked for, less the absent ones. */
  searched: string[];
  /** Only little words (of, the…) were asked for: too common to search for on their own. */
  tooCommon: boolean;
  /** Pagefind had more candidates than were checked: there may be more results than found. */
  truncated: boolean;
  results: PageResult[];
}

/** Paragraphs shown under each page until the reader asks for all. */
export const MAX_PARAGRAPHS_SHOWN = 3;
/** Pagefind's candidates checked per query: more than a page of results shows. */
export const MAX_CANDIDATES = 60;

/** Results shown until the reader asks for all: more than this and the status line says which are shown. */
export const MAX_RESULTS_SHOWN = 8;

/** The topic shown on every result from the release data: it is editorial, not the official text. */
export const DATA_TOPIC = 'Release data';

/** Whether a Pagefind result is release data (editorial) rather than the official text. */
function isData(page: PageData): boolean {
  return page.meta['topic'] === DATA_TOPIC;
}

interface Ranked {
  result: PageResult;
  best: WindowMatch;
  order: number;
}

function rankPage(page: PageData, query: ParsedQuery, order: number): Ranked | undefined {
  const tokens = splitWords(page.content);
  const whole = matchWindow(tokens, query);
  if (!whole.complete) return undefined;
  const base = page.url.split('#')[0] ?? page.url;
  const paragraphs = page.anchors
    .filter((anchor) => anchor.element === 'p' && /^p\d+$/u.test(anchor.id))
    .map((anchor) => {
      const words = splitWords(anchor.text);
      const match = matchWindow(words, query);
      return { anchor, words, match };
    })
    .filter(({ match }) => match.marked.size > 0)
    .sort((a, b) => compareMatches(a.match, b.match) || a.anchor.location - b.anchor.location)
    .map(({ anchor, words, match }) => ({
      id: anchor.id,
      url: `${base}#${anchor.id}`,
      segments: windowSegments(words, match.marked, query, 24, match.focus),
      complete: match.complete,
      match,
    }));
  const top = paragraphs[0];
  const best = top && compareMatches(top.match, whole) <= 0 ? top.match : whole;
  return {
    result: {
      url: top ? top.url : page.url,
      title: page.meta['title'] ?? page.url,
      topic: page.meta['topic'] ?? '',
      data: isData(page),
      segments: windowSegments(tokens, whole.marked, query, 30, whole.focus),
      paragraphs: paragraphs.map(({ match: _match, ...paragraph }) => paragraph),
    },
    best,
    order,
  };
}

/** Checks Pagefind's candidates against the query and ranks those that hold it. */
export function rankPages(pages: readonly PageData[], query: ParsedQuery): PageResult[] {
  return (
    pages
      .flatMap((page, order) => rankPage(page, query, order) ?? [])
      // Every ranked page holds the whole query (rankPage drops the others), so its best match is
      // complete: pages differ by whether the words stand together, then by kind and closeness.
      .sort(
        (a, b) =>
          Number(b.best.sequence) - Number(a.best.sequence) ||
          Number(a.result.data) - Number(b.result.data) ||
          compareMatches(a.best, b.best) ||
          a.order - b.order,
      )
      .map(({ result }) => result)
  );
}

/**
 * The text Pagefind is asked for: the words that are in the text, little words left out; in a
 * language Pagefind does not stem, each word's shortest stem, whose forms it finds by their beginning.
 */
function engineQuery(query: ParsedQuery): string {
  const words = query.required.flatMap((part) => part.words).filter((word) => !word.little);
  const asked = (word: QueryWord): string =>
    word.rules.searchByStem && !word.number
      ? word.keys.reduce((shortest, key) => (key.length < shortest.length ? key : shortest))
      : word.text;
  return [...new Set(words.map(asked))].join(' ');
}

/** Searches: the answer to give the reader for a query, in an optional topic, read in the lexicon's language. */
export async function searchText(
  engine: SearchEngine,
  lexicon: Lexicon,
  text: string,
  topic = '',
  cache: PageCache = new Map(),
): Promise<SearchAnswer> {
  const query = parseQuery(text, lexicon.rules);
  const missing = (word: QueryWord): boolean => !word.little && !lexicon.has(word);
  const absentParts = query.required.filter((part) => part.words.some(missing));
  const absentWords = [...new Map(query.words.filter(missing).map((word) => [word.text.toLowerCase(), word])).values()];
  const suggestions = absentWords
    .map((word) => ({ word: word.text, options: lexicon.nearest(word) }))
    .filter((suggestion) => suggestion.options.length > 0);
  const present: ParsedQuery = {
    words: query.words.filter((word) => !missing(word)),
    phrases: query.phrases.filter((phrase) => !phrase.some(missing)),
    required: query.required.filter((part) => !absentParts.includes(part)),
  };
  const answer = {
    query,
    absent: absentWords.map((word) => word.text),
    foundAs: present.words.flatMap((word) => {
      const forms = lexicon.foundAs(word);
      return forms.length > 0 ? [{ typed: word.text, forms }] : [];
    }),
    suggestions,
    searched: present.required.map((part) => part.label),
    tooCommon: query.words.length > 0 && query.words.every((word) => word.little),
    truncated: false,
  };
  if (present.required.length === 0 || answer.tooCommon) return { ...answer, results: [] };
  const response = await engine.search(engineQuery(present), topic ? { filters: { topic } } : {});
  const truncated = (response?.results.length ?? 0) > MAX_CANDIDATES;
  const pages = await Promise.all(
    (response?.results ?? []).slice(0, MAX_CANDIDATES).map((result) => {
      let page = cache.get(result.id);
      if (!page) {
        page = result.data();
        cache.set(result.id, page);
      }
      return page;
    }),
  );
  return { ...answer, truncated, results: rankPages(pages, present) };
}

/**
 * The words a result's page is to highlight: the query as typed when it holds a phrase, else the
 * words searched for, never those that are not in the text.
 */
export function highlightWords(answer: SearchAnswer, query: string): string {
  if (answer.query.phrases.length > 0) return query;
  return answer.query.words
    .filter((word) => !answer.absent.includes(word.text))
    .map((word) => word.text)
    .join(' ');
}
