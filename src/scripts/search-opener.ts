// Loaded on every page, and kept small: it opens and closes the search dialog, whose markup is
// already in the page, so that the reader can type at once. The search itself (its code and
// Pagefind's bundle) is fetched the first time the dialog opens.

type SearchUi = typeof import('./search-ui');
let ui: Promise<SearchUi> | undefined;
let returnFocus: Element | null = null;
// Enter pressed in the field before the search code has loaded: the first result opens once shown.
let enterBeforeReady = false;
let ready = false;

const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
const input = dialog?.querySelector<HTMLInputElement>('#search-input');
const topic = dialog?.querySelector<HTMLSelectElement>('#search-topic');

function open(query?: string): void {
  if (!dialog || !input || !topic) return;
  if (!dialog.open) {
    returnFocus = document.activeElement;
    dialog.showModal();
  }
  if (query !== undefined) {
    input.value = query;
    topic.value = new URLSearchParams(window.location.search).get('topic') ?? '';
  }
  input.focus();
  ui ??= import('./search-ui');
  // The reader may have closed the dialog while its code was loading: start only if it is open.
  void ui.then((module) => {
    ready = true;
    if (dialog.open) module.startSearch({ openFirst: enterBeforeReady });
    enterBeforeReady = false;
  });
}

dialog?.addEventListener('close', () => {
  // Closing the search takes the query out of the address and puts focus back where it was.
  const url = new URL(window.location.href);
  url.searchParams.delete('q');
  url.searchParams.delete('topic');
  window.history.replaceState(window.history.state, '', url);
  // Only if focus is still nowhere: the close event comes late, and the browser (or the reader)
  // may already have put it somewhere that should keep it.
  const lost = document.activeElement === null || document.activeElement === document.body;
  if (lost && returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
  returnFocus = null;
});

input?.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || ready) return;
  event.preventDefault();
  enterBeforeReady = true;
});

dialog?.addEventListener('keydown', (event) => {
  // Escape closes the search at once, even where a search field would first clear its text.
  if (event.key !== 'Escape') return;
  event.preventDefault();
  dialog.close();
});

dialog?.addEventListener('click', (event) => {
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  if (event.target === dialog) dialog.close();
  else if (event.target instanceof Element && event.target.closest('[data-search-close]')) dialog.close();
});

/** Whether the reader is typing somewhere, where `/` and shortcuts belong to the field. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

document.addEventListener('click', (event) => {
  const trigger = event.target instanceof Element ? event.target.closest('[data-search-open]') : null;
  if (!trigger || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
    return;
  event.preventDefault();
  open();
});

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing) return;
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
  if (!shortcut && !slash) return;
  if (typingIn(event.target) || document.querySelector('dialog[open]')) return;
  event.preventDefault();
  open();
});

const params = new URLSearchParams(window.location.search);
// A shared or reloaded search address (`?q=…`) opens the search with its results.
const query = params.get('q');
if (query !== null) open(query);
else if (document.querySelector('[data-search-page]')) open('');
// A page reached from a search result highlights the words that were searched for.
if (params.has('highlight')) void import('./search-highlight').then((module) => module.highlightFromUrl());
// What only works with JavaScript is hidden in the markup and shown from here.
for (const element of document.querySelectorAll<HTMLElement>('[data-js-only]')) element.hidden = false;
