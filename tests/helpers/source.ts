import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './build';

/** The project's copy of the release as published. */
export const sourceFile = join(
  projectRoot,
  'content/releases/2019-01-28-stolen-assets-and-drug-trafficking/press-release.txt',
);

/** The source's lines, 1-based as the source README numbers them (index 0 is line 1). */
export const sourceLines = readFileSync(sourceFile, 'utf8').split('\n');

/**
 * Line `n` of the source with white space collapsed: only spaces, tabs and line breaks, the white
 * space the README says may differ. Every other character counts, a no-break space included.
 */
export function line(n: number): string {
  return (sourceLines[n - 1] ?? '').replace(/[ \t\r\n]+/gu, ' ').replace(/^ | $/gu, '');
}

/** The non-blank lines from `from` to `to`, inclusive: one paragraph each. */
export function paragraphLines(from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n += 1) if (line(n) !== '') out.push(line(n));
  return out;
}
