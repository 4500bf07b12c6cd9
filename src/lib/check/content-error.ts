import { resolve } from 'node:path';

/** Where in a content file a problem is: 1-based, as editors and editors' tools count. */
export interface ContentPlace {
  line?: number | undefined;
  column?: number | undefined;
}

/** `:<line>:<column>`, as far as they are known. */
function placeText({ line, column }: ContentPlace): string {
  if (line === undefined) return '';
  return column === undefined ? `:${line}` : `:${line}:${column}`;
}

/**
 * A content problem: the file, the field (or `body`, `folder name`, …), and what is wrong, with
 * the line and column where they are known (the field is empty where the whole file is at fault), and lines that show it (two texts and a caret under
 * their difference). Its message is `<file>[:<line>]: <field>: <what>`, then those lines; it stops
 * the build.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;
  /** What is wrong: the message's first line after the field. */
  readonly what: string;
  /** Lines shown under it, each indented. */
  readonly detail: string[];
  readonly line: number | undefined;
  readonly column: number | undefined;
  /**
   * Where the problem is, for the development server's error page: it shows that file around the
   * line, and opens it in the editor (the file, never the code that found the problem).
   */
  readonly loc: { file: string; line: number; column: number };

  constructor(file: string, field: string, message: string, place: ContentPlace = {}) {
    const [what = '', ...detail] = message.split('\n');
    super(`${file}${placeText(place)}: ${field === '' ? '' : `${field}: `}${message}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
    this.what = what;
    this.detail = detail;
    this.line = place.line;
    this.column = place.column;
    this.loc = { file: resolve(file), line: place.line ?? 1, column: place.column ?? 1 };
  }
}

/** Several content problems found in one pass; its message lists each on its own line. */
export class ContentErrors extends Error {
  readonly problems: ContentError[];
  /** The first problem's place, for the development server's error page. */
  readonly loc: ContentError['loc'] | undefined;

  constructor(problems: ContentError[], what = 'the content has problems') {
    super(
      `${what} (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}):\n` +
        problems.map((problem) => `  ${problem.message}`).join('\n'),
    );
    this.name = 'ContentErrors';
    this.problems = problems;
    this.loc = problems[0]?.loc;
  }
}

/** Throws what a check found: nothing, the one problem as it is, or all of them together. */
export function throwProblems(problems: readonly ContentError[], what?: string): void {
  const [first] = problems;
  if (!first) return;
  if (problems.length === 1) throw first;
  throw new ContentErrors([...problems], what);
}

/**
 * The problems an error stands for: each of a {@link ContentErrors}, a {@link ContentError} as it
 * is, and any other error as one problem of `file` (a program's error, not the editor's), so that
 * a report never loses one.
 */
export function problemsOf(error: unknown, file: string): ContentError[] {
  if (error instanceof ContentErrors) return error.problems;
  if (error instanceof ContentError) return [error];
  const message = error instanceof Error ? error.message : String(error);
  return [new ContentError(file, 'check', message)];
}

/**
 * One problem as the report prints it: `<file>:<line>:<column>: <field>: <what>` (the place as
 * far as it is known), then its lines, indented.
 */
export function formatProblem(problem: ContentError): string {
  const place = placeText(problem);
  const field = problem.field === '' ? '' : `${problem.field}: `;
  return [`${problem.file}${place}: ${field}${problem.what}`, ...problem.detail].join('\n');
}

/** Problems in the order a report lists them: by file, then line, then column; each once. */
export function sortProblems(problems: readonly ContentError[]): ContentError[] {
  const seen = new Set<string>();
  return [...problems]
    .sort(
      (a, b) =>
        a.file.localeCompare(b.file, 'en') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    )
    .filter((problem) => {
      const key = formatProblem(problem);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
