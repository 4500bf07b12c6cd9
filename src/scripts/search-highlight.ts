import { highlightTerms } from '../lib/search';

/**
 * The element a fragment (`#p3`) names, or null. The address is the reader's to type: a fragment
 * that is not valid percent-encoding (`#%E0%A4%A`) names nothing rather than throwing.
 */
function fragmentTarget(hash: string): HTMLElement | null {
  if (hash.length <= 1) return null;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  return document.getElementById(id);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Highlights, in the page's main content, the words a search result was found for
 * (`?highlight=…`), and scrolls to the first one: in the linked paragraph when the address names
 * one. The CSS Custom Highlight API paints the words without touching the text itself.
 */
export function highlightFromUrl(): void {
  const terms = highlightTerms(new URLSearchParams(window.location.search).get('highlight') ?? '');
  const main = document.querySelector('main');
  if (terms.length === 0 || !main) return;
  // Words that start with a searched word, as Pagefind matches stems (`drug` finds `drugs`).
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], script, style, nav')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const ranges: Range[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.textContent ?? '').matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      ranges.push(range);
    }
  }
  if (ranges.length === 0) return;
  if ('highlights' in CSS) CSS.highlights.set('search-hit', new Highlight(...ranges));
  const target = fragmentTarget(window.location.hash);
  const first = ranges.find((range) => target?.contains(range.startContainer)) ?? ranges[0];
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  first?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
}
