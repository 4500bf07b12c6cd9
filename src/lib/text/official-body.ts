import { mdxToHast } from 'satteri';
import { ContentError } from '../check/content-error.ts';
import { compositionDifference } from './look-alike.ts';
import { nearestDifference } from './text-difference.ts';
import { EDITORIAL_BLOCK_COMPONENTS } from './editorial-blocks.ts';
import { invisibleCharacters, normalizeWhitespace } from './published-text.ts';

/** A node of the compiled MDX tree, as much of it as the check reads. */
export interface BodyNode {
  type: string;
  tagName?: string | undefined;
  name?: string | null | undefined;
  value?: unknown;
  attributes?: readonly { type: string; name?: string | undefined; value?: unknown }[] | undefined;
  children?: readonly BodyNode[] | undefined;
  position?: { start: { line: number } } | undefined;
}

/** What an official-text body holds, in order: published paragraphs and editorial data panels. */
export type BodyBlock =
  | { kind: 'paragraph'; text: string; line: number | undefined }
  | { kind: 'component'; name: string; id: string; line: number | undefined };

/** A body that holds something other than paragraphs and data panels; names the file and line. */
export class OfficialBodyError extends ContentError {
  constructor(file: string, line: number | undefined, message: string) {
    super(file, 'body', message, { line });
    this.name = 'OfficialBodyError';
  }
}

/** What a node is, in the words of the person who wrote it. */
function describe(node: BodyNode): string {
  switch (node.type) {
    case 'mdxjsEsm':
      return `"${String(node.value).split('\n')[0]?.slice(0, 60)}" is an import or export: code, which an official-text body may not hold`;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return `{${String(node.value).slice(0, 40)}} is an expression: code, which an official-text body may not hold`;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return `<${node.name ?? ''}> is not one of the data panels a body may hold (${EDITORIAL_BLOCK_COMPONENTS.join(', ')}), each on a line of its own`;
    case 'element':
      return `a <${node.tagName ?? ''}> is not official text (a line starting with "1.", "-" or "#" becomes a list or a heading, "*" or "_" around words emphasis)`;
    default:
      return `a ${node.type} node is not official text`;
  }
}

/** The only attribute a data panel takes: `id="…"`, a plain string (no expression, which is code). */
function panelId(node: BodyNode, file: string, line: number | undefined): string {
  const attributes = node.attributes ?? [];
  const id = attributes.find((attribute) => attribute.name === 'id')?.value;
  if (attributes.length !== 1 || attributes[0]?.type !== 'mdxJsxAttribute' || typeof id !== 'string' || id === '') {
    throw new OfficialBodyError(
      file,
      line,
      `<${node.name ?? ''}> takes exactly one attribute, id="…", written as text`,
    );
  }
  if ((node.children ?? []).length > 0) {
    throw new OfficialBodyError(
      file,
      line,
      `<${node.name ?? ''} id="${id}"> holds content; write it as <${node.name ?? ''} id="${id}" />`,
    );
  }
  return id;
}

/**
 * Reads the compiled tree of an official-text body (what will render) into its blocks. The body
 * is data, not code: only paragraphs of plain text and the editorial data panels, each panel on a
 * line of its own, may stand in it. An import or export, an expression, raw HTML, a list, a
 * heading, emphasis, or a component sharing a line with text throws, naming the file and line.
 */
export function officialBodyBlocks(root: BodyNode, file: string, firstLine = 1): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  // A line of the tree is a line of the body; the body starts on the file's `firstLine`.
  const lineOf = (node: BodyNode): number | undefined =>
    node.position === undefined ? undefined : node.position.start.line + firstLine - 1;
  for (const node of root.children ?? []) {
    const line = lineOf(node);
    if (node.type === 'text' && normalizeWhitespace(String(node.value)) === '') continue;
    if (node.type === 'element' && node.tagName === 'p') {
      const inline = (node.children ?? []).find((child) => child.type !== 'text');
      if (inline) {
        throw new OfficialBodyError(
          file,
          (inline.position ? lineOf(inline) : undefined) ?? line,
          `${describe(inline)}; a paragraph of official text holds only the published words`,
        );
      }
      const raw = (node.children ?? []).map((child) => String(child.value)).join('');
      blocks.push({ kind: 'paragraph', text: normalizeWhitespace(raw), line });
      continue;
    }
    if (node.type === 'mdxJsxFlowElement' && EDITORIAL_BLOCK_COMPONENTS.includes(node.name ?? '')) {
      blocks.push({ kind: 'component', name: node.name ?? '', id: panelId(node, file, line), line });
      continue;
    }
    throw new OfficialBodyError(file, line, describe(node));
  }
  return blocks;
}

/** How the site compiles MDX: without typographic substitution (astro.config.mjs uses it too). */
export const MDX_FEATURES = { smartPunctuation: false } as const;

/**
 * Compiles an MDX body as the site does and reads its blocks. A body taken from a content entry
 * has lost its frontmatter, so its line numbers are not the file's: given `firstLine`, the line of
 * the file the body starts on, messages and blocks name the file's lines; without it, none.
 */
export function readOfficialBody(body: string, file: string, firstLine?: number): BodyBlock[] {
  const root = mdxToHast(body, { features: MDX_FEATURES, position: firstLine !== undefined }) as BodyNode;
  return officialBodyBlocks(root, file, firstLine);
}

/** The paragraphs of a body's blocks, in order. */
export function bodyParagraphs(blocks: readonly BodyBlock[]): string[] {
  return blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
}

/**
 * Why `text` is not the published paragraph it resembles, when the difference is a character that
 * cannot be seen (a byte-order mark, a zero-width or bidirectional control, a soft hyphen, a
 * no-break space): such characters count as differences. Given the published paragraphs, it names
 * the character that makes the difference: one this paragraph holds and the published one does not
 * (in place of nothing or of a space), or one the published paragraph holds and this one lacks. A
 * hidden character both share (a no-break space the Office typed) is never the one named.
 */
export function invisibleDifference(text: string, published: readonly string[] = []): string | undefined {
  const found = invisibleCharacters(text);
  const withoutAt = (whole: string, index: number, length: number, by: string): string =>
    normalizeWhitespace(whole.slice(0, index) + by + whole.slice(index + length));
  const tail = 'which cannot be seen; only spaces, tabs and line breaks may differ from the published text';
  if (published.length > 0) {
    for (const char of found) {
      const length = String.fromCodePoint(Number.parseInt(char.codePoint, 16)).length;
      if (['', ' '].some((by) => published.includes(withoutAt(text, char.index, length, by)))) {
        return `it holds ${char.name} (U+${char.codePoint}) at character ${[...text.slice(0, char.index)].length + 1}, which the published text does not, and ${tail}`;
      }
    }
    for (const paragraph of published) {
      for (const char of invisibleCharacters(paragraph)) {
        const length = String.fromCodePoint(Number.parseInt(char.codePoint, 16)).length;
        if (['', ' '].some((by) => withoutAt(paragraph, char.index, length, by) === text)) {
          return `the published paragraph holds ${char.name} (U+${char.codePoint}) at character ${[...paragraph.slice(0, char.index)].length + 1}, which this one lacks; copy the paragraph from the published text`;
        }
      }
    }
  }
  const [first] = found;
  if (!first) return undefined;
  return `it holds ${first.name} (U+${first.codePoint}) at character ${[...text.slice(0, first.index)].length + 1}, ${tail}`;
}

/**
 * Every paragraph of a body's blocks that is not a published paragraph, or that the body holds
 * twice, each naming the file and line. A paragraph not in the text gets the reason (a hidden
 * character, another Unicode form, or the nearest published paragraph and where it differs), then
 * both texts one above the other with a caret under the first difference. `numbers` gets each
 * paragraph's number in the published text.
 */
export function paragraphProblems(
  blocks: readonly BodyBlock[],
  published: readonly string[],
  file: string,
  source: string,
  numbers = new Map<string, number>(),
): ContentError[] {
  const problems: ContentError[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const index = published.indexOf(block.text);
    if (index < 0) {
      const nearest = nearestDifference(block.text, published);
      const why =
        invisibleDifference(block.text, published) ??
        published.map((paragraph) => compositionDifference(block.text, paragraph)).find(Boolean) ??
        nearest?.summary ??
        'the official text must be verbatim';
      // The first line says what and where; the lines after it show the two texts at the difference.
      problems.push(
        new OfficialBodyError(
          file,
          block.line,
          [`the paragraph "${block.text.slice(0, 70)}" is not in ${source}: ${why}`, ...(nearest?.display ?? [])].join(
            '\n',
          ),
        ),
      );
      continue;
    }
    if (numbers.has(block.text)) {
      problems.push(
        new OfficialBodyError(file, block.line, `paragraph ${index + 1} ("${block.text.slice(0, 50)}") is here twice`),
      );
      continue;
    }
    numbers.set(block.text, index + 1);
  }
  return problems;
}
