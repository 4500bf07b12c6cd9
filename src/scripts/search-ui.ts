// What finds and draws results, fetched the first time the search opens: Pagefind's bundle and
// the vocabulary of the indexed text, the search itself, and the results, the offer of nearer
// words and the status line drawn into the dialog. It keeps no state of its own: each function
// works on the `<site-search>` element (site-search.ts), whose state says which answer is wanted.
import type { Segment } from '../lib/search/search.ts';
import { replaceWord, searchWords, showAllLabel, statusLine, suggestionParts } from '../lib/search/search-messages.ts';
import { interfaceLanguage } from '../lib/i18n/languages.ts';
import {
  highlightWords,
  MAX_PARAGRAPHS_SHOWN,
  MAX_RESULTS_SHOWN,
  searchText,
  type PageCache,
  type PageResult,
  type SearchAnswer,
  type SearchEngine,
} from '../lib/search/search-results.ts';
import { wordRules } from '../lib/search/search-languages.ts';
import { lexicon, vocabularyFile, type Lexicon, type Vocabulary } from '../lib/search/search-vocabulary.ts';
import type { SiteSearch } from './site-search.ts';

// The page's language, once: every word the search shows is in it.
const lang = interfaceLanguage(document.documentElement.lang || undefined);

interface Pagefind extends SearchEngine {
  options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
}

/** What a search needs once loaded: Pagefind, the vocabulary of the indexed text, the pages read so far. */
export interface LoadedSearch {
  engine: Pagefind;
  words: Lexicon;
  /** Pages already read, by Pagefind's result id: each is fetched and read once per visit. */
  pages: PageCache;
}

/** The parts of the dialog an answer is drawn into. */
interface AnswerParts {
  input: HTMLInputElement;
  status: HTMLElement;
  listbox: HTMLElement;
  suggest: HTMLElement;
  empty: HTMLElement;
  more: HTMLButtonElement;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search: the dialog has no ${selector}`);
  return element;
}

/** The parts of the element's dialog an answer is drawn into. */
function answerParts(element: SiteSearch): AnswerParts {
  return {
    input: element.parts.input,
    status: required(element, '#search-status'),
    listbox: required(element, '#search-results'),
    suggest: required(element, '#search-suggest'),
    empty: required(element, '[data-search-empty]'),
    more: required(element, '[data-search-more]'),
  };
}

/**
 * Fetches Pagefind's bundle and the vocabulary of the indexed text, from under the site's `base`,
 * with the word rules of the page's language (Pagefind, too, searches the index of that language).
 */
async function loadSearch(base: string): Promise<LoadedSearch> {
  const [engine, vocabulary, rules] = await Promise.all([
    (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (module) => {
      // The index is small: searching on the page's own thread takes milliseconds, and the first
      // search does not fetch Pagefind's worker script (12 KB gzip) as well as its WebAssembly.
      await module.options({ baseUrl: base, noWorker: true });
      return module;
    }),
    fetch(`${base}pagefind/${vocabularyFile(document.documentElement.lang)}`).then(async (response) => {
      if (!response.ok) throw new Error(`vocabulary: ${response.status}`);
      return (await response.json()) as Vocabulary;
    }),
    wordRules(document.documentElement.lang),
  ]);
  return { engine, words: lexicon(vocabulary, rules), pages: new Map() };
}

/** Pagefind and the vocabulary, fetched once; a failed fetch is tried again at the next search. */
function loadedSearch(element: SiteSearch): Promise<LoadedSearch> {
  const { state } = element;
  if (!state.engine) {
    state.engine = loadSearch(element.dataset['base'] ?? '/');
    state.engine.catch(() => (state.engine = undefined));
  }
  return state.engine;
}

/** Readies the search as the dialog opens: Pagefind is fetched while the reader types. */
export function prepare(element: SiteSearch): void {
  loadedSearch(element).catch(() => undefined);
}

function span(className: string, text?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function excerpt(segments: readonly Segment[]): HTMLSpanElement {
  const element = span('search-result__excerpt');
  element.append(
    ...segments.map((segment) => {
      if (!segment.mark) return document.createTextNode(segment.text);
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      return mark;
    }),
  );
  return element;
}

/** A result's address, carrying the words to highlight on the page it opens. */
function resultHref(url: string, highlight: string): string {
  const target = new URL(url, window.location.origin);
  if (highlight !== '') target.searchParams.set('highlight', highlight);
  return `${target.pathname}${target.search}${target.hash}`;
}

function option(listbox: HTMLElement, href: string, className: string): HTMLAnchorElement {
  const element = document.createElement('a');
  element.setAttribute('role', 'option');
  element.setAttribute('aria-selected', 'false');
  element.id = `search-option-${listbox.childElementCount}`;
  element.className = className;
  element.href = href;
  element.tabIndex = -1;
  return element;
}

/**
 * Each result as an option, then each of its paragraphs that holds the words as an option of its
 * own: the first results and paragraphs, or `all` of them.
 */
function renderResults(listbox: HTMLElement, results: readonly PageResult[], highlight: string, all: boolean): void {
  listbox.replaceChildren();
  for (const result of all ? results : results.slice(0, MAX_RESULTS_SHOWN)) {
    const kind = result.data ? ' search-result--data' : '';
    const main = option(listbox, resultHref(result.url, highlight), `search-result${kind}`);
    const head = span('search-result__head');
    head.append(span('search-result__title', result.title));
    if (result.topic) head.append(span('search-result__topic', searchWords(lang).topics[result.topic] ?? result.topic));
    main.append(head);
    // The paragraphs below show where the words are; a result without them shows its own excerpt.
    if (result.paragraphs.length === 0) main.append(excerpt(result.segments));
    listbox.append(main);
    for (const hit of all ? result.paragraphs : result.paragraphs.slice(0, MAX_PARAGRAPHS_SHOWN)) {
      const sub = option(listbox, resultHref(hit.url, highlight), `search-result search-result--paragraph${kind}`);
      // A space between the paragraph's number and its words, for copying and for screen readers.
      sub.append(span('search-result__paragraph', `¶${hit.id.slice(1)}`), ' ', excerpt(hit.segments));
      // A paragraph that holds only some of the words says so: the page holds them all, it does not.
      if (!hit.complete) sub.append(' ', span('search-result__partial', searchWords(lang).someWords));
      listbox.append(sub);
    }
  }
}

/** Offers the nearest words of the text for each word that is not in it, as buttons. */
function renderSuggestions(suggest: HTMLElement, answer: SearchAnswer): void {
  const parts = suggestionParts(answer.suggestions, lang);
  suggest.hidden = parts.length === 0;
  suggest.replaceChildren(
    ...parts.map((part) => {
      if (typeof part === 'string') return part;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'search-suggest__word';
      button.textContent = part.with;
      button.dataset['replace'] = part.replace;
      button.dataset['with'] = part.with;
      return button;
    }),
  );
}

/**
 * Draws the answer to `query` (in the topic `filter`) into the dialog, or clears the dialog when
 * there is no answer because nothing is asked.
 */
function showAnswer(
  parts: AnswerParts,
  answer: SearchAnswer | undefined,
  query: string,
  filter: string,
  all: boolean,
): void {
  const { input, status, listbox, suggest, empty, more } = parts;
  const total = answer?.results.length ?? 0;
  if (answer) renderResults(listbox, answer.results, highlightWords(answer, query), all);
  else listbox.replaceChildren();
  const label = answer && !all ? showAllLabel(answer, MAX_RESULTS_SHOWN, MAX_PARAGRAPHS_SHOWN, lang) : undefined;
  more.hidden = label === undefined;
  more.textContent = label ?? '';
  if (answer) renderSuggestions(suggest, answer);
  else suggest.hidden = true;
  listbox.hidden = total === 0;
  empty.hidden = total !== 0 || !answer;
  input.setAttribute('aria-expanded', String(total !== 0));
  // The topic chosen is named as the filter shows it: its value is its name in the page's language.
  status.textContent = answer ? statusLine(answer, query, filter, all, lang) : '';
  // Which query the status line answers, for anything that waits for it.
  status.dataset['query'] = query;
}

/**
 * Searches again with the word an offered button names in place of the misspelt one: only that
 * word changes, the rest of the query stays as typed.
 */
export function takeSuggestion(element: SiteSearch, offered: HTMLElement): void {
  const { input } = element.parts;
  input.value = replaceWord(input.value, offered.dataset['replace'] ?? '', offered.dataset['with'] ?? '');
  input.focus();
  element.requestSearch(0);
}

/**
 * Keeps the query in the address, so that reloading, sharing and going back show it again: the
 * topic by its slug (`slug`), the label where there is none.
 */
export function keepInAddress(query: string, filter: string, slug = filter): void {
  const url = new URL(window.location.href);
  if (query === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  if (filter === '' || query === '') url.searchParams.delete('topic');
  else url.searchParams.set('topic', slug);
  window.history.replaceState(window.history.state, '', url);
}

/**
 * Searches for what is typed, as the change that took `ticket` asked, and shows the answer unless
 * the query has changed again (or the dialog closed) since.
 */
export async function search(element: SiteSearch, ticket: number): Promise<void> {
  const { state } = element;
  // The query changed again, or the dialog closed, before this search could start.
  if (ticket !== state.ticket) return;
  const parts = answerParts(element);
  const query = parts.input.value.trim();
  const { topic } = element.parts;
  const filter = topic.value;
  keepInAddress(query, filter, topic.selectedOptions[0]?.dataset['slug'] || filter);
  select(element, null);
  let answer: SearchAnswer | undefined;
  if (query !== '') {
    try {
      if (!state.engine) parts.status.textContent = searchWords(lang).loading;
      const loaded = await loadedSearch(element);
      answer = await searchText(loaded.engine, loaded.words, query, filter, loaded.pages);
    } catch {
      if (ticket === state.ticket) parts.status.textContent = searchWords(lang).unavailable;
      return;
    }
    if (ticket !== state.ticket) return;
  }
  state.showAll = false;
  state.shown = answer && { answer, query, filter };
  showAnswer(parts, answer, query, filter, false);
  state.shownTicket = ticket;
  if (state.openWhenShown) {
    state.openWhenShown = false;
    openResult(element);
  }
}

/**
 * Shows every result of the answer on screen and every paragraph of each, after the first ones.
 */
export function showAll(element: SiteSearch): void {
  const { state } = element;
  if (!state.shown) return;
  const before = options(element).length;
  state.showAll = true;
  const { answer, query, filter } = state.shown as { answer: SearchAnswer; query: string; filter: string };
  showAnswer(answerParts(element), answer, query, filter, true);
  // The button is gone: focus goes back to the field, the first result not shown before selected.
  element.parts.input.focus();
  select(element, before);
}

function options(element: SiteSearch): HTMLAnchorElement[] {
  return [...element.querySelectorAll<HTMLAnchorElement>('#search-results [role="option"]')];
}

/** Selects the result at `index`, counting round from either end; `null` selects none. */
function select(element: SiteSearch, index: number | null): void {
  const { state, parts } = element;
  const all = options(element);
  state.active = index === null || all.length === 0 ? -1 : (index + all.length) % all.length;
  all.forEach((item, i) => item.setAttribute('aria-selected', String(i === state.active)));
  const current = all[state.active];
  if (current) {
    parts.input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else {
    parts.input.removeAttribute('aria-activedescendant');
  }
}

/** Moves the selection one result down (`step` 1) or up (-1); up from none selects the last. */
export function moveSelection(element: SiteSearch, step: 1 | -1): void {
  const { active } = element.state;
  select(element, active < 0 && step < 0 ? -1 : active + step);
}

/** Opens the selected result, or the first when none is selected. */
export function openResult(element: SiteSearch): void {
  const chosen = options(element)[Math.max(element.state.active, 0)];
  if (chosen) window.location.assign(chosen.href);
}
