import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import { normalizeWhitespace, PUBLISHED_TEXT_FILE, readPublishedText } from '../lib/text/published-text.ts';
import { paragraphAnchor } from '../lib/text/paragraphs.ts';
import { throwProblems } from '../lib/check/content-error.ts';
import { officialBodyBlocks, paragraphProblems, type BodyNode } from '../lib/text/official-body.ts';

const NUMBERS_KEY = 'officialParagraphNumbers';

const cache = new Map<string, { mtimeMs: number; paragraphs: string[] }>();

/** The published paragraphs of the release folder that holds `file`, or undefined outside one. */
function publishedParagraphsFor(file: string): { source: string; paragraphs: string[] } | undefined {
  // A release's overview sits in the release folder, its topics one level down in `topics/`.
  for (const dir of [dirname(file), dirname(dirname(file))]) {
    const source = join(dir, PUBLISHED_TEXT_FILE);
    if (!existsSync(source)) continue;
    const { mtimeMs } = statSync(source);
    let cached = cache.get(source);
    if (!cached || cached.mtimeMs !== mtimeMs) {
      cached = { mtimeMs, paragraphs: readPublishedText(dir, relative(process.cwd(), dir)).published.paragraphs };
      cache.set(source, cached);
    }
    return { source, paragraphs: cached.paragraphs };
  }
  return undefined;
}

/**
 * Checks the compiled tree of a release's MDX (what will render) and gives every paragraph of
 * official text a stable id (`p<n>`, its number in the published text) and a "link to this
 * paragraph" anchor. The build stops, naming the file and line, when the body holds anything but
 * published paragraphs and data panels (code, markup, a component sharing a line with text), when
 * a paragraph is not in the published text, or when the file holds a paragraph twice. The order
 * across the release's files is checked by the release model, on the same reading of the body.
 */
export const officialParagraphs = defineHastPlugin({
  name: 'official-paragraphs',
  // Source positions, so that a message names the line.
  options: { position: true },
  before(root, ctx) {
    if (!ctx.fileURL) return;
    const path = fileURLToPath(ctx.fileURL);
    const release = publishedParagraphsFor(path);
    if (!release) return;
    const file = relative(process.cwd(), path);
    const numbers = new Map<string, number>();
    const blocks = officialBodyBlocks(root as BodyNode, file);
    throwProblems(
      paragraphProblems(blocks, release.paragraphs, file, relative(process.cwd(), release.source), numbers),
    );
    // Read by the paragraph visitor, which numbers what the check above has read.
    ctx.data[NUMBERS_KEY] = numbers;
  },
  element: {
    filter: ['p'],
    visit(node, ctx) {
      const numbers = ctx.data[NUMBERS_KEY] as Map<string, number> | undefined;
      if (!numbers || ctx.parent(node).type !== 'root') return;
      const text = normalizeWhitespace(ctx.textContent(node));
      const number = numbers.get(text);
      if (number === undefined) throw new Error(`a paragraph the check did not read: "${text.slice(0, 50)}"`);
      const anchor = paragraphAnchor(number);
      ctx.setProperty(node, 'id', anchor.id);
      // A paragraph that opens with a no-break space (the text has one, before a quotation mark)
      // keeps it, and hangs it into the margin so that its first line starts where the others do.
      const leadingSpace = /^\u00A0/u.test(ctx.textContent(node));
      ctx.setProperty(
        node,
        'className',
        leadingSpace ? ['official-paragraph', 'official-paragraph--leading-space'] : ['official-paragraph'],
      );
      ctx.prependChild(node, {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['paragraph-link'],
          href: `#${anchor.id}`,
          ariaLabel: anchor.label,
          dataNumber: String(number),
        },
        children: [],
      });
    },
  },
});
