import { excerptSegments, highlightTerms, paragraphHits, type Segment } from '../lib/search';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  anchors: { element: string; id: string; text: string; location: number }[];
}

interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 8;
const MAX_PARAGRAPHS = 3;
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
const base = dialog.dataset['base'] ?? '/';

let pagefind: Promise<Pagefind> | undefined;
// Every search takes a ticket; a response whose ticket is no longer the latest is dropped, so a
// slow answer to an old query never replaces the answer to a newer one.
let ticket = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let active = -1;
// The ticket of the results on screen, and whether Enter was pressed before they arrived.
let shownTicket = 0;
let openWhenShown = false;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (module) => {
    await module.options({ baseUrl: base });
    return module;
  });
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
  // The query changed: what is on screen is out of date until the new results are shown.
  shownTicket = -1;
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

function resultHref(url: string, terms: string[], fragment?: string): string {
  const target = new URL(url, window.location.origin);
  if (terms.length > 0) target.searchParams.set('highlight', terms.join(' '));
  if (fragment) target.hash = fragment;
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

function render(results: PagefindResultData[], terms: string[]): void {
  listbox.replaceChildren();
  for (const result of results) {
    const main = option(resultHref(result.url, terms), 'search-result');
    const head = span('search-result__head');
    head.append(span('search-result__title', result.meta['title'] ?? result.url));
    if (result.meta['topic']) head.append(span('search-result__topic', result.meta['topic']));
    const excerpt = span('search-result__excerpt');
    segmentsInto(excerpt, excerptSegments(result.excerpt));
    main.append(head, excerpt);
    listbox.append(main);
    for (const hit of paragraphHits(result).slice(0, MAX_PARAGRAPHS)) {
      const sub = option(resultHref(result.url, terms, hit.id), 'search-result search-result--paragraph');
      sub.append(span('search-result__paragraph', `¶${hit.id.slice(1)}`));
      const text = span('search-result__excerpt');
      segmentsInto(text, hit.segments);
      sub.append(text);
      listbox.append(sub);
    }
  }
}

async function run(query: string, filter: string): Promise<void> {
  const mine = ++ticket;
  syncAddress(query, filter);
  active = -1;
  input.removeAttribute('aria-activedescendant');
  if (query === '') {
    listbox.replaceChildren();
    listbox.hidden = true;
    empty.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    status.textContent = '';
    shownTicket = mine;
    openWhenShown = false;
    return;
  }
  let results: PagefindResultData[];
  let total: number;
  try {
    if (!pagefind) status.textContent = 'Loading the search index…';
    const engine = await loadPagefind();
    const response = await engine.search(query, filter ? { filters: { topic: filter } } : {});
    const found = response?.results ?? [];
    total = found.length;
    results = await Promise.all(found.slice(0, MAX_RESULTS).map((result) => result.data()));
  } catch {
    if (mine === ticket) status.textContent = 'Search is not available: its index could not be loaded.';
    return;
  }
  if (mine !== ticket) return;
  render(results, highlightTerms(query));
  shownTicket = mine;
  clearActive();
  const where = `for “${query}”${filter ? ` in ${filter}` : ''}`;
  listbox.hidden = total === 0;
  empty.hidden = total !== 0;
  input.setAttribute('aria-expanded', String(total !== 0));
  status.textContent =
    total === 0
      ? `No results ${where}.`
      : `${total} ${total === 1 ? 'page' : 'pages'} found ${where}${total > MAX_RESULTS ? `, the first ${MAX_RESULTS} shown` : ''}.`;
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
