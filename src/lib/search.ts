import { OVERVIEW_LABEL } from './site';

/** The values of the search's topic filter: the overview, then every topic label once, in order. */
export function searchFilterValues(releases: readonly { topics: readonly { data: { label: string } }[] }[]): string[] {
  const labels = releases.flatMap((release) => release.topics.map((topic) => topic.data.label));
  return [OVERVIEW_LABEL, ...new Set(labels)];
}

/**
 * Turns a Pagefind excerpt into DOM nodes: text stays text, and only Pagefind's `<mark>`
 * highlights become elements, so nothing in an excerpt can run or inject markup.
 */
export function renderExcerpt(excerpt: string, doc: Document): Node[] {
  const decoder = doc.createElement('textarea');
  const decode = (html: string): string => {
    decoder.innerHTML = html;
    return decoder.value;
  };
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/u).flatMap((part): Node[] => {
    if (part === '') return [];
    const marked = /^<mark>([\s\S]*)<\/mark>$/u.exec(part);
    if (marked) {
      const mark = doc.createElement('mark');
      mark.textContent = decode(marked[1] ?? '');
      return [mark];
    }
    return [doc.createTextNode(decode(part))];
  });
}
