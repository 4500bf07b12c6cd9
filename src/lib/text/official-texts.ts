import { ContentError } from '../check/content-error.ts';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PUBLISHED_TEXT_FILE } from './published-text.ts';
import { isSiteLanguage } from '../site/versions.ts';

// An official text is published as it was captured, never edited. So that no change to one can
// slip into a release unseen (an edit meant for an editorial file, a merge, a copied folder), each
// text is pinned by its SHA-256 in one file at the content root, in the form `sha256sum` writes and
// checks. A new or changed text stops the build until `npm run pin-texts` pins it, which prints the
// change; a review then sees every change to an official text as one line of that file.

/** The file, at the content root, that pins each release's official text. */
export const PINS_FILE = 'official-texts.sha256';

/** The command that pins the official texts as they are, printing what changed. */
export const PIN_COMMAND = 'npm run pin-texts';

const LINE = /^([0-9a-f]{64}) {2}([^/\s]+(?:\/[a-z]{2,3})?)\/press-release\.txt$/u;

/** Each release folder's text digest, as pinned; and the lines that are not in the pinned form. */
export function readPins(root: string): { pins: Map<string, string>; bad: number[] } | undefined {
  const file = join(root, PINS_FILE);
  if (!existsSync(file)) return undefined;
  const pins = new Map<string, string>();
  const bad: number[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line === '') return;
      const match = LINE.exec(line);
      if (match?.[1] && match[2] && !pins.has(match[2])) pins.set(match[2], match[1]);
      else bad.push(index + 1);
    });
  return { pins, bad };
}

/** Each version's text digest as the files are now, by folder (`<release>` or `<release>/<language>`), sorted. */
export function currentDigests(root: string): Map<string, string> {
  const digests = new Map<string, string>();
  if (!existsSync(root)) return digests;
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  // Each language version's text is pinned as `<release>/<language>/press-release.txt`.
  const versions = (folder: string): string[] => [
    folder,
    ...readdirSync(join(root, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && isSiteLanguage(entry.name))
      .map((entry) => `${folder}/${entry.name}`)
      .sort(),
  ];
  for (const folder of folders.flatMap(versions)) {
    const text = join(root, folder, PUBLISHED_TEXT_FILE);
    if (existsSync(text)) digests.set(folder, createHash('sha256').update(readFileSync(text)).digest('hex'));
  }
  return digests;
}

/** What differs between the pins and the texts: folders added, changed and gone. */
export interface PinChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export function pinChanges(pins: Map<string, string>, current: Map<string, string>): PinChanges {
  return {
    added: [...current.keys()].filter((folder) => !pins.has(folder)),
    changed: [...current.keys()].filter((folder) => pins.has(folder) && pins.get(folder) !== current.get(folder)),
    removed: [...pins.keys()].filter((folder) => !current.has(folder)).sort(),
  };
}

/**
 * Every way in which the official texts of a content folder are not the pinned ones, one line each
 * (file, field, what to do); none when every text is pinned as it is.
 */
export function pinProblems(root: string): ContentError[] {
  const at = (...parts: string[]): string => relative(process.cwd(), join(root, ...parts));
  const current = currentDigests(root);
  const read = readPins(root);
  if (read === undefined) {
    return current.size === 0
      ? []
      : [
          new ContentError(
            at(PINS_FILE),
            '',
            `missing: it pins each official text by its SHA-256; run ${PIN_COMMAND} to write it`,
          ),
        ];
  }
  const problems = read.bad.map(
    (line) =>
      new ContentError(
        at(PINS_FILE),
        '',
        `not a pin: each line is "<SHA-256 in hex>  <release folder>/${PUBLISHED_TEXT_FILE}", once per release; run ${PIN_COMMAND} to write it anew`,
        { line },
      ),
  );
  const { added, changed, removed } = pinChanges(read.pins, current);
  for (const folder of added) {
    problems.push(
      new ContentError(
        at(folder, PUBLISHED_TEXT_FILE),
        'SHA-256',
        `a new official text, not pinned in ${PINS_FILE}; check it against the original, then run ${PIN_COMMAND}`,
      ),
    );
  }
  for (const folder of changed) {
    problems.push(
      new ContentError(
        at(folder, PUBLISHED_TEXT_FILE),
        'SHA-256',
        `the official text changed (it is ${current.get(folder) ?? ''}, ${PINS_FILE} pins ${read.pins.get(folder) ?? ''}); an official text is never edited: undo the change, or if the text was captured wrong, run ${PIN_COMMAND}, which shows the change`,
      ),
    );
  }
  for (const folder of removed) {
    problems.push(
      new ContentError(
        at(PINS_FILE),
        folder,
        `pins the text of a release that is not there; run ${PIN_COMMAND} if it was removed on purpose`,
      ),
    );
  }
  return problems;
}

/** The pins file for these digests: one `sha256sum` line per release, sorted by folder. */
export function pinsText(current: Map<string, string>): string {
  return [...current].map(([folder, digest]) => `${digest}  ${folder}/${PUBLISHED_TEXT_FILE}\n`).join('');
}

/** Replaces the pins file whole, so that a reader never sees half of it. */
function replacePins(root: string, pins: Map<string, string>): void {
  const file = join(root, PINS_FILE);
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, pinsText(new Map([...pins].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))));
  renameSync(partial, file);
}

/** Pins the official texts as they are now (the file is replaced whole); returns what changed. */
export function writePins(root: string): PinChanges {
  const current = currentDigests(root);
  const changes = pinChanges(readPins(root)?.pins ?? new Map(), current);
  replacePins(root, current);
  return changes;
}

/**
 * Pins the text of one new release folder and no other: a change to another text, pinned along
 * with it, would not be seen. Throws when the folder is already pinned or the pins file holds a
 * line that is not a pin, which `npm run pin-texts` must settle first.
 */
export function pinNewText(root: string, folder: string): void {
  const read = readPins(root) ?? { pins: new Map<string, string>(), bad: [] };
  const at = relative(process.cwd(), join(root, PINS_FILE));
  if (read.bad.length > 0) {
    throw new Error(`${at}:${read.bad[0] ?? 0}: not a pin; run ${PIN_COMMAND} to write the file anew`);
  }
  if (read.pins.has(folder)) throw new Error(`${at}: ${folder}: is pinned already`);
  const digest = currentDigests(root).get(folder);
  if (digest === undefined) {
    throw new Error(`${relative(process.cwd(), join(root, folder))}: has no ${PUBLISHED_TEXT_FILE} to pin`);
  }
  replacePins(root, new Map([...read.pins, [folder, digest]]));
}
