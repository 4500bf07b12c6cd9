import type { Segment } from '../lib/search/search';
import { lexicon, type Lexicon, type Vocabulary } from '../lib/search/search-vocabulary';
import {
  searchText,
  type PageCache,
  type PageResult,
  type SearchAnswer,
  type SearchEngine,
} from '../lib/search/search-results';

interface Pagefind extends SearchEngine {
  options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
}

const MAX_RESULTS = 8;
// Searching this index takes milliseconds: the delay only merges a burst of keystrokes or a paste.
const TYPING_DELAY_MS = 30;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search: the page has no ${selector}`);
  return element;
}

const dialog = required<HTMLDialogElement>(document, '#search-dialog');
const input = required<HTMLInputElement>(dialog, '#search-input');
const topic = required<HTMLSelectElement>(dialog, '#search-topic');
const status = required<HTMLElement>(dialog, '#search-status');
const listbox = required<HTMLElement>(dialog, '#search-results');
const empty = required<HTMLElement>(dialog, '[data-search-empty]');
const suggest = required<HTMLElement>(dialog, '#search-suggest');
const base = dialog.dataset['base'] ?? '/';

let pagefind: Promise<{ engine: Pagefind; words: Lexicon }> | undefined;
const pages: PageCache = new Map();
// Every search takes a ticket; a response whose ticket is no longer the latest is dropped, so a
// slow answer to an old query never replaces the answer to a newer one.
let ticket = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let active = -1;
// The ticket of the results on screen, and whether Enter was pressed before they arrived.
let shownTicket = 0;
let openWhenShown = false;

/** Pagefind's bundle and the vocabulary of the indexed text, both fetched on first use. */
function loadPagefind(): Promise<{ engine: Pagefind; words: Lexicon }> {
  pagefind ??= Promise.all([
    (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (module) => {
      // The index is small: searching on the page's own thread takes milliseconds, and the first
      // search does not fetch Pagefind's worker script (12 KB gzip) as well as its WebAssembly.
      await module.options({ baseUrl: base, noWorker: true });
      return module;
    }),
    fetch(`${base}pagefind/vocabulary.json`).then(async (response) => {
      if (!response.ok) throw new Error(`vocabulary: ${response.status}`);
      return lexicon((await response.json()) as Vocabulary);
    }),
  ]).then(([engine, words]) => ({ engine, words }));
  // A failed load is tried again at the next search.
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

let started = false;

/**
 * Starts the search in the open dialog: loads Pagefind and searches for what is typed already;
 * `openFirst` when the reader pressed Enter before this code had loaded.
 */
export function startSearch({ openFirst = false }: { openFirst?: boolean } = {}): void {
  if (openFirst && input.value.trim() !== '') openWhenShown = true;
  void loadPagefind().catch(() => undefined);
  if (!started) {
    started = true;
    input.addEventListener('input', () => schedule());
    topic.addEventListener('change', () => schedule(0));
  }
  if (input.value.trim() !== '') schedule(0);
}

function options(): HTMLAnchorElement[] {
  return [...listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
}

/** No result is selected: Enter opens the first. */
function clearActive(): void {
  active = -1;
  input.removeAttribute('aria-activedescendant');
}

function setActive(index: number): void {
  const all = options();
  active = all.length === 0 ? -1 : (index + all.length) % all.length;
  all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
  const current = all[active];
  if (current) {
    input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else {
    input.removeAttribute('aria-activedescendant');
  }
}

/** Keeps the query in the address, so that reloading, sharing and going back show it again. */
function syncAddress(query: string, filter: string): void {
  const url = new URL(window.location.href);
  if (query === '') url.searchParams.delete('q');
  else url.searchParams.set('q', query);
  if (filter === '' || query === '') url.searchParams.delete('topic');
  else url.searchParams.set('topic', filter);
  window.history.replaceState(window.history.state, '', url);
}

function schedule(delay = TYPING_DELAY_MS): void {
  clearTimeout(timer);
  // The query changed: what is on screen is out of date until the new results are shown, and an
  // answer still on its way is to a query the reader has already changed, so it is dropped too
  // (shown, it would flash past and take an Enter meant for what is typed now).
  ticket += 1;
  timer = setTimeout(() => void run(input.value.trim(), topic.value), delay);
}

function segmentsInto(parent: HTMLElement, segments: Segment[]): void {
  parent.append(
    ...segments.map((segment) => {
      if (!segment.mark) return document.createTextNode(segment.text);
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      return mark;
    }),
  );
}

function span(className: string, text?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A result's address, carrying the words to highlight on the page it opens. */
function resultHref(url: string, highlight: string): string {
  const target = new URL(url, window.location.origin);
  if (highlight !== '') target.searchParams.set('highlight', highlight);
  return `${target.pathname}${target.search}${target.hash}`;
}

function option(href: string, className: string): HTMLAnchorElement {
  const element = document.createElement('a');
  element.setAttribute('role', 'option');
  element.setAttribute('aria-selected', 'false');
  element.id = `search-option-${listbox.childElementCount}`;
  element.className = className;
  element.href = href;
  element.tabIndex = -1;
  return element;
}

function render(results: PageResult[], highlight: string): void {
  listbox.replaceChildren();
  for (const result of results) {
    const kind = result.data ? ' search-result--data' : '';
    const main = option(resultHref(result.url, highlight), `search-result${kind}`);
    const head = span('search-result__head');
    head.append(span('search-result__title', result.title));
    if (result.topic) head.append(span('search-result__topic', result.topic));
    main.append(head);
    // The paragraphs below show where the words are; a result without them shows its own excerpt.
    if (result.paragraphs.length === 0) {
      const excerpt = span('search-result__excerpt');
      segmentsInto(excerpt, result.segments);
      main.append(excerpt);
    }
    listbox.append(main);
    for (const hit of result.paragraphs) {
      const sub = option(resultHref(hit.url, highlight), `search-result search-result--paragraph${kind}`);
      sub.append(span('search-result__paragraph', `¶${hit.id.slice(1)}`));
      const text = span('search-result__excerpt');
      segmentsInto(text, hit.segments);
      sub.append(text);
      listbox.append(sub);
    }
  }
}

const quoted = (words: string[]): string => words.map((word) => `“${word}”`).join(', ');

/** The status line: what was found, and first, plainly, any word that is not in the text. */
function statusText(answer: SearchAnswer, query: string, filter: string): string {
  const where = filter ? ` in ${filter}` : '';
  const total = answer.results.length;
  const shown = total > MAX_RESULTS ? `, the first ${MAX_RESULTS} shown` : '';
  // Past a number of candidates the rest are not checked: the count is then a floor.
  const atLeast = answer.truncated ? 'at least ' : '';
  if (answer.tooCommon) return `${quoted([query])} is too common to search for on its own: add a word.`;
  if (answer.absent.length === 0) {
    if (total === 0 && answer.query.phrases.length > 0)
      return `No results for “${query}”${where}: the words are in the text, but not together in this order.`;
    if (total === 0) return `No results for “${query}”${where}.`;
    const count = `${atLeast}${total} ${total === 1 ? 'result' : 'results'}`;
    return `${count.charAt(0).toUpperCase()}${count.slice(1)} found for “${query}”${where}${shown}.`;
  }
  const absent = `${quoted(answer.absent)} ${answer.absent.length === 1 ? 'is' : 'are'} not in the text.`;
  if (answer.searched.length === 0) return absent;
  const others = quoted(answer.searched);
  if (total === 0) return `${absent} No results for ${others}${where} either.`;
  const count = `${atLeast}${total} ${total === 1 ? 'result holds' : 'results hold'}`;
  return `${absent} ${count.charAt(0).toUpperCase()}${count.slice(1)} ${others}${where}${shown}:`;
}

/** Offers the nearest words of the text for each word that is not in it, as buttons. */
function renderSuggestions(answer: SearchAnswer): void {
  suggest.replaceChildren();
  suggest.hidden = answer.suggestions.length === 0;
  if (suggest.hidden) return;
  suggest.append('Did you mean ');
  answer.suggestions.forEach((suggestion, i) => {
    if (i > 0) suggest.append('; ');
    suggestion.options.forEach((word, j) => {
      if (j > 0) suggest.append(j === suggestion.options.length - 1 ? ' or ' : ', ');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'search-suggest__word';
      button.textContent = word;
      button.dataset['replace'] = suggestion.word;
      button.dataset['with'] = word;
      suggest.append(button);
    });
  });
  suggest.append('?');
}

suggest.addEventListener('click', (event) => {
  const button =
    event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-replace]') : null;
  if (!button) return;
  const from = button.dataset['replace'] ?? '';
  const to = button.dataset['with'] ?? '';
  // Only the misspelt word is replaced: the rest of the query stays as typed.
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  input.value = input.value.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u'), to);
  input.focus();
  schedule(0);
});

async function run(query: string, filter: string): Promise<void> {
  const mine = ++ticket;
  syncAddress(query, filter);
  active = -1;
  input.removeAttribute('aria-activedescendant');
  if (query === '') {
    listbox.replaceChildren();
    listbox.hidden = true;
    empty.hidden = true;
    suggest.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    status.textContent = '';
    status.dataset['query'] = '';
    shownTicket = mine;
    openWhenShown = false;
    return;
  }
  let answer: SearchAnswer;
  try {
    if (!pagefind) status.textContent = 'Loading the search index…';
    const { engine, words } = await loadPagefind();
    answer = await searchText(engine, words, query, filter, pages);
  } catch {
    if (mine === ticket) status.textContent = 'Search is not available: its index could not be loaded.';
    return;
  }
  if (mine !== ticket) return;
  const total = answer.results.length;
  // The page a result opens highlights the words found, not those that are not in the text.
  const found = answer.query.words.filter((word) => !answer.absent.includes(word.text)).map((word) => word.text);
  render(answer.results.slice(0, MAX_RESULTS), answer.query.phrases.length > 0 ? query : found.join(' '));
  renderSuggestions(answer);
  shownTicket = mine;
  clearActive();
  listbox.hidden = total === 0;
  empty.hidden = total !== 0;
  input.setAttribute('aria-expanded', String(total !== 0));
  status.textContent = statusText(answer, query, filter);
  // Which query the status line answers, for anything that waits for it.
  status.dataset['query'] = query;
  if (openWhenShown) {
    openWhenShown = false;
    const first = options()[0];
    if (first) window.location.assign(first.href);
  }
}

input.addEventListener('keydown', (event) => {
  const count = options().length;
  // Arrows move through results only once they answer what is typed.
  const current = shownTicket === ticket;
  if (event.key === 'ArrowDown' && count > 0 && current) {
    event.preventDefault();
    setActive(active + 1);
  } else if (event.key === 'ArrowUp' && count > 0 && current) {
    event.preventDefault();
    setActive(active < 0 ? -1 : active - 1);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    // Enter before the results of what was typed are shown opens the first of them when they are.
    if (shownTicket !== ticket) {
      openWhenShown = true;
      return;
    }
    const chosen = options()[active < 0 ? 0 : active];
    if (chosen) window.location.assign(chosen.href);
  }
});

dialog.addEventListener('close', () => {
  // An answer that arrives after the dialog closed is not shown.
  clearTimeout(timer);
  ticket += 1;
  openWhenShown = false;
});
