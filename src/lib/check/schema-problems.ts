import type { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ContentError, ContentErrors } from './content-error.ts';
import { didYouMean } from '../text/text-difference.ts';

/** A part of a field's path: a field name, or an item's place in a list. */
export type PathPart = string | number;

/** Line and column (1-based) of the deepest part of `path` a YAML text has, or of its start. */
export function placeIn(
  text: string,
  path: readonly PathPart[],
  firstLine = 1,
): { line: number; column: number; found: number } {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  let node: unknown = document.contents;
  let offset = (node as Node | null)?.range?.[0] ?? 0;
  let found = 0;
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === part);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
      found += 1;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
      found += 1;
    } else {
      break;
    }
  }
  const { line, col } = lines.linePos(offset);
  return { line: line + firstLine - 1, column: col, found };
}

/** How a value reads in a message: text in quotes, a list or a set of fields by what it is. */
function described(value: unknown): string {
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a set of fields';
  return String(value);
}

/** What a type is called in a message. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  date: 'a date',
};

/**
 * A schema problem in the words of the site's other messages: "is 312 characters long; at most
 * 300", "must be a number, not the text "three"". A message the schema itself gives is kept.
 */
function plainWords(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (!/^(Too big|Too small|Invalid input|Invalid option)\b/u.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is required and missing';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${described(input)}`;
    case 'too_big':
    case 'too_small': {
      const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      const bound =
        issue.code === 'too_big'
          ? issue.inclusive
            ? 'at most'
            : 'less than'
          : issue.inclusive
            ? 'at least'
            : 'more than';
      if (issue.origin === 'string' && typeof input === 'string') {
        if (input.trim() === '' && issue.code === 'too_small') return 'is empty';
        return `is ${[...input].length} characters long; it ${issue.code === 'too_big' ? 'may' : 'must'} be ${bound} ${limit}`;
      }
      if (Array.isArray(input))
        return `has ${input.length} items; it ${issue.code === 'too_big' ? 'may' : 'must'} have ${bound} ${limit}`;
      return `is ${String(input)}; it must be ${bound} ${limit}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => `"${String(value)}"`);
      return `is ${described(input)}; it must be one of ${values.join(', ')}${typeof input === 'string' ? didYouMean(input, issue.values.map(String)) : ''}`;
    }
    default:
      return issue.message;
  }
}

/** Reads a schema's problems as the report names them: the field's path, and what is wrong. */
export function schemaProblems(
  error: z.ZodError,
  file: string,
  place: (path: readonly PathPart[]) => { line: number; column: number },
  prefix = '',
  known: readonly string[] = [],
): ContentError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.filter((part): part is PathPart => typeof part !== 'symbol');
    const field = `${prefix}${path.map((part) => (typeof part === 'number' ? `[${part + 1}]` : part)).join('.')}`;
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map(
        (key) =>
          new ContentError(
            file,
            `${field === '' || field === prefix ? prefix : `${field}.`}${key}`,
            `is not a field here; remove it${didYouMean(key, known)}`,
            place([...path, key]),
          ),
      );
    }
    return [new ContentError(file, field || prefix.replace(/: $/u, ''), plainWords(issue), place(path))];
  });
}

/**
 * An MDX file's frontmatter (`data`, read from `text`) checked by its schema: the values the schema
 * gives, or every problem, each naming the field with its line and column in the file.
 */
export async function parseFrontmatter<S extends z.ZodType>(
  schema: S,
  data: unknown,
  text: string,
  file: string,
): Promise<z.output<S>> {
  const parsed = await schema.safeParseAsync(data, { reportInput: true });
  if (parsed.success) return parsed.data;
  // The frontmatter's first line is the file's second.
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1] ?? '';
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  const problems = schemaProblems(
    parsed.error,
    file,
    (path) => placeIn(frontmatter, path, 2),
    '',
    Object.keys(shape ?? {}),
  );
  const [first] = problems;
  if (problems.length === 1 && first) throw first;
  throw new ContentErrors(problems, `${file}: the frontmatter does not fit its schema`);
}

/**
 * An item of a data file (the `index`-th, named `id`, of `text`) checked by its kind's schema: the
 * values the schema gives, or every problem, each naming the datum and field with its line and
 * column in the file.
 */
export async function parseDataItem<S extends z.ZodType>(
  schema: S,
  item: unknown,
  where: { text: string; file: string; index: number; id: string },
): Promise<z.output<S>> {
  const parsed = await schema.safeParseAsync(item, { reportInput: true });
  if (parsed.success) return parsed.data;
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  const problems = schemaProblems(
    parsed.error,
    where.file,
    (path) => placeIn(where.text, [where.index, ...path]),
    `${where.id}: `,
    Object.keys(shape ?? {}),
  );
  const [first] = problems;
  if (problems.length === 1 && first) throw first;
  throw new ContentErrors(problems, `${where.file}: ${where.id}: the datum does not fit its schema`);
}
