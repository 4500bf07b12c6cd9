// The search as one element: `<site-search>` wraps the dialog's markup (SearchDialog.astro), keeps
// all the search knows in one state object, and is the one place that listens for each key and
// event of it. It is loaded on every page and kept small, so that the reader can type at once:
// what finds and draws results (search-ui.ts, then Pagefind's bundle and the vocabulary) is
// fetched the first time the dialog opens, and what the reader asks before then (Enter included)
// is recorded in the state and done by that code once it has loaded.
import type { LoadedSearch } from './search-ui.ts';

type SearchUi = typeof import('./search-ui.ts');

// Searching this index takes milliseconds: the delay only merges a burst of keystrokes or a paste.
const TYPING_DELAY_MS = 30;

/**
 * All the search knows at one moment. `<site-search>` writes it on each key and event, the search
 * code (search-ui.ts) on each answer; nothing else holds search state.
 */
export interface SearchState {
  /** The search code, asked for when the dialog first opens. */
  ui?: Promise<SearchUi> | undefined;
  /** Pagefind and the vocabulary, asked for when the dialog first opens. */
  engine?: Promise<LoadedSearch> | undefined;
  /**
   * Every change of the query takes a ticket; an answer whose ticket is no longer the latest is
   * dropped, so a slow answer to an old query never replaces the answer to a newer one.
   */
  ticket: number;
  /** The ticket of the results on screen: they answer what is typed while it is the latest. */
  shownTicket: number;
  /** The selected result, -1 for none: Enter then opens the first. */
  active: number;
  /** Enter was pressed before the results of what is typed were shown: the first opens when they are. */
  openWhenShown: boolean;
  /** The pause after a keystroke before the search runs. */
  timer?: ReturnType<typeof setTimeout> | undefined;
  /** What had focus before the dialog opened, to give it back when it closes. */
  returnFocus?: Element | null;
  /** The answer on screen, to show in full when asked (search-ui.ts owns its shape). */
  shown?: unknown;
  /** Every result and paragraph of the answer on screen is shown, not only the first ones. */
  showAll?: boolean;
}

/** The parts of the dialog the element listens to (search-ui.ts finds those it draws into). */
export interface SearchParts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  topic: HTMLSelectElement;
}

/** Whether the reader is typing somewhere, where `/` and shortcuts belong to the field. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export class SiteSearch extends HTMLElement {
  readonly state: SearchState = { ticket: 0, shownTicket: 0, active: -1, openWhenShown: false };
  readonly parts: SearchParts;

  constructor() {
    super();
    const part = <T extends Element>(selector: string): T => {
      const element = this.querySelector<T>(selector);
      if (!element) throw new Error(`search: no ${selector}`);
      return element;
    };
    const parts = (this.parts = {
      dialog: part('dialog'),
      input: part('#search-input'),
      topic: part('#search-topic'),
    });
    parts.dialog.addEventListener('keydown', (event) => this.#onKeydown(event));
    parts.dialog.addEventListener('click', (event) => this.#onClick(event));
    parts.dialog.addEventListener('close', () => this.#onClose());
    parts.input.addEventListener('input', () => this.requestSearch());
    parts.topic.addEventListener('change', () => this.requestSearch(0));
    document.addEventListener('click', (event) => {
      const trigger = event.target instanceof Element ? event.target.closest('[data-search-open]') : null;
      if (!trigger || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      event.preventDefault();
      this.open();
    });
    document.addEventListener('keydown', (event) => {
      if (event.defaultPrevented || event.isComposing) return;
      const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey;
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
      if (!shortcut && !slash) return;
      if (typingIn(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      this.open();
    });
  }

  connectedCallback(): void {
    // A shared or reloaded search address (`?q=…`) opens the search with its results.
    const query = new URLSearchParams(window.location.search).get('q');
    if (query !== null) this.open(query);
    else if (document.querySelector('[data-search-page]')) this.open('');
  }

  /** Opens the search; with `query`, searches for it in the topic the address names. */
  open(query?: string): void {
    const { dialog, input, topic } = this.parts;
    if (!dialog.open) {
      this.state.returnFocus = document.activeElement;
      dialog.showModal();
    }
    if (query !== undefined) {
      input.value = query;
      // The topic by its slug (`asset-recovery`), or by its label as older addresses have it.
      const asked = new URLSearchParams(window.location.search).get('topic') ?? '';
      topic.value = [...topic.options].find((o) => o.dataset['slug'] === asked || o.value === asked)?.value ?? '';
    }
    input.focus();
    // Pagefind is fetched now, while the reader types.
    void this.#ui().then((ui) => ui.prepare(this));
    if (input.value.trim() !== '') this.requestSearch(0);
  }

  /** The search code, fetched once. */
  #ui(): Promise<SearchUi> {
    return (this.state.ui ??= import('./search-ui.ts'));
  }

  /** Asks for a search of what is typed, once the reader pauses (or after `delay` ms). */
  requestSearch(delay = TYPING_DELAY_MS): void {
    const { state } = this;
    clearTimeout(state.timer);
    // The query changed: what is on screen is out of date until the new results are shown, and an
    // answer still on its way is to a query the reader has already changed, so it is dropped too
    // (shown, it would flash past and take an Enter meant for what is typed now).
    const ticket = ++state.ticket;
    state.timer = setTimeout(() => void this.#ui().then((ui) => ui.search(this, ticket)), delay);
  }

  #onKeydown(event: KeyboardEvent): void {
    const { state, parts } = this;
    if (event.key === 'Escape') {
      // Escape closes the search at once, even where a search field would first clear its text.
      event.preventDefault();
      this.#close();
      return;
    }
    if (event.target !== parts.input) return;
    // Results on screen answer what is typed only while their ticket is the latest.
    const current = state.shownTicket === state.ticket;
    if (event.key === 'Enter') {
      event.preventDefault();
      // Enter before the results of what is typed are shown (the search code may not even have
      // loaded) opens the first of them when they are.
      if (current) void this.#ui().then((ui) => ui.openResult(this));
      else if (parts.input.value.trim() !== '') state.openWhenShown = true;
    } else if (
      (event.key === 'ArrowDown' || event.key === 'ArrowUp') &&
      current &&
      parts.input.getAttribute('aria-expanded') === 'true'
    ) {
      // Arrows move through the results, when there are some (the list is then expanded).
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      void this.#ui().then((ui) => ui.moveSelection(this, step));
    }
  }

  #onClick(event: MouseEvent): void {
    const { target } = event;
    const { dialog } = this.parts;
    if (!(target instanceof Element)) return;
    // A click on the backdrop (the dialog element itself, outside its content) closes it.
    if (target === dialog || target.closest('[data-search-close]')) this.#close();
    const offered = target.closest<HTMLElement>('[data-replace]');
    if (offered) void this.#ui().then((ui) => ui.takeSuggestion(this, offered));
    if (target.closest('[data-search-more]')) void this.#ui().then((ui) => ui.showAll(this));
  }

  #onClose(): void {
    const { state } = this;
    // An answer that arrives after the dialog closed is not shown, nor opened.
    clearTimeout(state.timer);
    state.ticket += 1;
    state.openWhenShown = false;
    // Closing the search takes the query out of the address (only the search code puts one there,
    // or opens the search for one, so it has been asked for already) and puts focus back.
    void this.#ui().then((ui) => ui.keepInAddress('', ''));
    this.#giveFocusBack();
  }

  /** Closes the dialog and gives focus back at once, before another key can reach the field. */
  #close(): void {
    this.parts.dialog.close();
    this.#giveFocusBack();
  }

  /**
   * Puts focus back where it was before the search opened, if it is nowhere or still in the closed
   * dialog (the browser may already have put it somewhere that should keep it). With nothing to go
   * back to (the search was opened with / from the page itself), focus leaves the hidden field,
   * which would otherwise take the next / and the letters after it.
   */
  #giveFocusBack(): void {
    const { state } = this;
    const active = document.activeElement;
    if (active !== null && active !== document.body && !this.contains(active)) return;
    const back = state.returnFocus;
    if (back instanceof HTMLElement && back !== document.body && back.isConnected) back.focus();
    else if (active instanceof HTMLElement && active !== document.body) active.blur();
    state.returnFocus = null;
  }
}

customElements.define('site-search', SiteSearch);

// A page reached from a search result highlights the words that were searched for.
if (new URLSearchParams(window.location.search).has('highlight'))
  void import('./search-highlight.ts').then((module) => module.highlightFromUrl());
// What only works with JavaScript is hidden in the markup and shown from here.
for (const element of document.querySelectorAll<HTMLElement>('[data-js-only]')) element.hidden = false;
