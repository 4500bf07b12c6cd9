import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import { normalizeWhitespace, parsePublishedText, PUBLISHED_TEXT_FILE } from '../lib/published-text';
import { paragraphAnchor } from '../lib/paragraphs';
import { EDITORIAL_BLOCK_COMPONENTS } from '../lib/editorial-blocks';

const RELEASE_KEY = 'officialParagraphsRelease';

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
      cached = { mtimeMs, paragraphs: parsePublishedText(readFileSync(source, 'utf8'), source).paragraphs };
      cache.set(source, cached);
    }
    return { source, paragraphs: cached.paragraphs };
  }
  return undefined;
}

/**
 * Gives every top-level paragraph of a release's MDX a stable id (`p<n>`, its number in the
 * published text) and a "link to this paragraph" anchor. A paragraph that is not in the published
 * text stops the build: the official text is verbatim or it is not published.
 */
export const officialParagraphs = defineHastPlugin({
  name: 'official-paragraphs',
  before(root, ctx) {
    if (!ctx.fileURL) return;
    const file = fileURLToPath(ctx.fileURL);
    const release = publishedParagraphsFor(file);
    // Looked up once per file; the paragraph visitor reads it from the document's data.
    ctx.data[RELEASE_KEY] = release;
    if (!release) return;
    // Only paragraphs (checked below) and the editorial data components may stand in the body.
    for (const node of root.children) {
      if (node.type === 'element' && node.tagName !== 'p') {
        throw new Error(
          `${relative(process.cwd(), file)}: body: a <${node.tagName}> is not official text; the body holds ` +
            `the published paragraphs as plain paragraphs (a line starting with "1." or "#" becomes a list or a heading)`,
        );
      }
      if (node.type === 'mdxFlowExpression') {
        throw new Error(`${relative(process.cwd(), file)}: body: an expression ({…}) is not official text`);
      }
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        !EDITORIAL_BLOCK_COMPONENTS.includes(node.name ?? '')
      ) {
        throw new Error(
          `${relative(process.cwd(), file)}: body: <${node.name ?? 'fragment'}> is not allowed between official ` +
            `paragraphs (allowed: ${EDITORIAL_BLOCK_COMPONENTS.join(', ')})`,
        );
      }
    }
  },
  element: {
    filter: ['p'],
    visit(node, ctx) {
      if (!ctx.fileURL || ctx.parent(node).type !== 'root') return;
      const file = fileURLToPath(ctx.fileURL);
      const release = ctx.data[RELEASE_KEY] as ReturnType<typeof publishedParagraphsFor>;
      if (!release) return;
      const text = normalizeWhitespace(ctx.textContent(node));
      const index = release.paragraphs.indexOf(text);
      if (index < 0) {
        throw new Error(
          `${relative(process.cwd(), file)}: body: the paragraph "${text.slice(0, 70)}" is not in ` +
            `${relative(process.cwd(), release.source)}; the official text must be verbatim`,
        );
      }
      const anchor = paragraphAnchor(index + 1);
      ctx.setProperty(node, 'id', anchor.id);
      ctx.setProperty(node, 'className', ['official-paragraph']);
      ctx.prependChild(node, {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['paragraph-link'],
          href: `#${anchor.id}`,
          ariaLabel: anchor.label,
          dataNumber: String(index + 1),
        },
        children: [],
      });
    },
  },
});
