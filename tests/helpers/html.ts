import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

/** The built page at a site path (`releases/x/`), parsed. */
export function readPage(dir: string, path: string): Document {
  const file = join(dir, path, path.endsWith('.html') ? '' : 'index.html');
  return parseHTML(readFileSync(file, 'utf8')).document;
}

/** White space collapsed, as the fidelity rule allows. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/gu, ' ').trim();
}

/**
 * The text of every paragraph of the official text on a page, in document order, with only the
 * white space the README allows to differ (spaces, tabs, line breaks) collapsed: an invisible
 * character in a paragraph is a difference.
 */
export function officialParagraphs(doc: Document): string[] {
  return [...doc.querySelectorAll('.official__body p')].map((p) =>
    (p.textContent ?? '').replace(/[ \t\r\n]+/gu, ' ').replace(/^ | $/gu, ''),
  );
}
