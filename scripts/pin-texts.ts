// Pins each release's official text (`press-release.txt`) by its SHA-256 in
// `<content folder>/official-texts.sha256`, and prints what changed since the last pins: each new,
// changed or removed text, and for a changed one, its difference from the last commit when git
// has it. Run after checking a new or corrected text against the original: `npm run pin-texts`.
// CONTENT_DIR points it at another content folder, as it does the build.
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { contentRoot } from '../src/lib/site/content-root.ts';
import { PINS_FILE, writePins } from '../src/lib/text/official-texts.ts';
import { PUBLISHED_TEXT_FILE } from '../src/lib/text/published-text.ts';

const root = contentRoot();
const pins = relative(process.cwd(), join(root, PINS_FILE));
const { added, changed, removed } = writePins(root);
const text = (folder: string): string => relative(process.cwd(), join(root, folder, PUBLISHED_TEXT_FILE));

for (const folder of added) console.log(`pinned a new official text: ${text(folder)}`);
for (const folder of removed) console.log(`unpinned the text of a release that is gone: ${folder}`);
for (const folder of changed) {
  console.log(`pinned a CHANGED official text: ${text(folder)}`);
  try {
    const diff = execFileSync('git', ['diff', '--no-color', 'HEAD', '--', text(folder)], { encoding: 'utf8' });
    if (diff !== '') console.log(diff.trimEnd());
  } catch {
    // Not in a git checkout: the pins' own difference is all there is to show.
  }
}
const count = added.length + changed.length + removed.length;
console.log(
  count === 0
    ? `${pins}: every official text was already pinned as it is; nothing changed`
    : `${pins}: ${count} change${count === 1 ? '' : 's'}; commit it with the texts, so that a review sees each change as one line`,
);
