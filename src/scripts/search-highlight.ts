import { highlightRange, matchWindow } from '../lib/search/search-match.ts';
import { wordRules } from '../lib/search/search-languages.ts';
import { parseQuery } from '../lib/search/search-query.ts';

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

/**
 * Highlights, in the page's main content, the words a search result was found for
 * (`?highlight=…`), and scrolls to the first one: in the linked paragraph when the address names
 * one, the words read by the rules of the page's language. The CSS Custom Highlight API paints the
 * words without touching the text itself.
 */
export async function highlightFromUrl(): Promise<void> {
  const rules = await wordRules(document.documentElement.lang);
  const query = parseQuery(new URLSearchParams(window.location.search).get('highlight') ?? '', rules);
  const main = document.querySelector('main');
  if (query.words.length === 0 || !main) return;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], script, style, nav')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const ranges: Range[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // The words the search result highlighted, by the same rules: forms of the words asked for,
    // little words only inside a phrase.
    const words = [...(node.textContent ?? '').matchAll(/\S+/gu)];
    const { marked } = matchWindow(
      words.map((word) => word[0]),
      query,
    );
    for (const position of [...marked].sort((a, b) => a - b)) {
      const word = words[position];
      if (!word) continue;
      const core = highlightRange(word[0], query.words);
      const range = document.createRange();
      range.setStart(node, word.index + core.start);
      range.setEnd(node, word.index + core.end);
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
