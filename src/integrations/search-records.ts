import { parseHTML } from 'linkedom';
import { DATA_TOPIC } from '../lib/search/search-results.ts';

/** A datum of a data page as one search record: its own address, text and topics. */
export interface DataRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

// The text of an element as it reads, words of neighbouring elements kept apart; what is marked
// `data-pagefind-ignore` (the quoted official sentences) is left out.
function readText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  if (element.hasAttribute('data-pagefind-ignore') || element.hasAttribute('hidden')) return '';
  // Text nodes side by side are one run of text; an element's words are set apart from its neighbours'.
  return [...element.childNodes]
    .map((child) => (child.nodeType === 1 ? ` ${readText(child)} ` : readText(child)))
    .join('');
}

const tidy = (text: string): string =>
  text
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.;:!?)”])/gu, '$1')
    .replace(/([(“])\s+/gu, '$1')
    .trim();

/**
 * The data of a page marked `data-search-records`, one record per element with
 * `data-search-topics` (a JSON list of topic labels): the topic filter then finds a datum only
 * under its own topics, a result leads to the datum itself, and each field of a card ends as a
 * sentence, so that words of neighbouring fields are never run together.
 */
export function dataRecords(html: string, pageUrl: string): DataRecord[] {
  const { document } = parseHTML(html);
  const root = document.querySelector('[data-search-records]');
  if (!root) return [];
  const title = tidy(root.querySelector('h1')?.textContent ?? '');
  return [...root.querySelectorAll('[data-search-topics][id]')].map((card) => {
    // Each element in the card is a field; text between them belongs to the field before it.
    const raw: string[] = [];
    for (const child of card.childNodes) {
      if (child.nodeType === 1 || raw.length === 0) raw.push(readText(child));
      else raw[raw.length - 1] += readText(child);
    }
    const fields = raw.map(tidy).filter((field) => field !== '');
    const content = fields.map((field) => (/[.!?:;]$/u.test(field) ? field : `${field}.`)).join(' ');
    const topics = JSON.parse(card.getAttribute('data-search-topics') ?? '[]') as string[];
    // Named by the page, the heading of its group (a topic, an addressee) and its first field.
    const group = tidy(card.closest('section')?.querySelector('h2')?.textContent ?? '');
    const name = [group, fields[0]].filter(Boolean).join(' — ');
    return {
      url: `${pageUrl}#${card.id}`,
      content,
      meta: { title: name ? `${title}: ${name}` : title, topic: DATA_TOPIC },
      filters: { topic: topics },
    };
  });
}
