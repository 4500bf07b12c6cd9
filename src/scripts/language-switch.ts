// A language switcher's link leads to the same page in another version: this adds the paragraph
// the reader is at, as that version numbers it, so that they land on it. The paragraph is the one
// the address names (`#p5`), or else the first whose text is still on the screen.

/** The number of the paragraph a reader is at, or undefined where the page has none. */
function currentParagraph(doc: Document): number | undefined {
  const named = /^#p(\d+)$/u.exec(doc.location.hash)?.[1];
  if (named !== undefined && doc.getElementById(`p${named}`)) return Number(named);
  for (const paragraph of doc.querySelectorAll<HTMLElement>('p.official-paragraph[id]')) {
    if (paragraph.getBoundingClientRect().bottom > 0) return Number(paragraph.id.slice(1));
  }
  return undefined;
}

/** The paragraph's number in the other version: `data-moved` lists those that differ (`5:4,6:5`). */
export function numberThere(moved: string | undefined, here: number): number {
  for (const pair of (moved ?? '').split(',')) {
    const [from, to] = pair.split(':').map(Number);
    if (from === here && to !== undefined && Number.isInteger(to)) return to;
  }
  return here;
}

/** Makes each language switch of the page lead to the paragraph the reader is at. */
export function followParagraph(doc: Document): void {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
    link.addEventListener('click', () => {
      const here = currentParagraph(doc);
      if (here === undefined) return;
      const url = new URL(link.href);
      url.hash = `p${String(numberThere(link.dataset['moved'], here))}`;
      link.href = url.href;
    });
  }
}
