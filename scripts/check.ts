// Checks the content as the build does, without building a page, and reports every problem at
// once, sorted by file: `<file>:<line>:<column>: <field>: <what is wrong>`, with the two texts and a
// caret under their first difference where a text differs from the published one. Exit code 1 on
// any problem. `npm run check`; `npm run build` runs it first. CONTENT_DIR points it at another
// content folder, as it does the build.
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/check/content-check.ts';
import { formatProblem } from '../src/lib/check/content-error.ts';
import { contentRoot } from '../src/lib/site/content-root.ts';
import { fieldsToWrite, TO_WRITE } from './lib/new-release.ts';

const { values } = parseArgs({ options: { 'before-build': { type: 'boolean' } } });
const started = performance.now();
const root = contentRoot();
const { problems, releases, files } = await checkContent(root);
// What a scaffold left to write builds, so it is no problem; it is listed, so that the check names
// everything left to do.
const toWrite = fieldsToWrite(root);
for (const { file, line, field } of toWrite) console.log(`${file}:${line}: ${field}: still says "${TO_WRITE}"`);
if (toWrite.length > 0) {
  console.log(`content check: ${toWrite.length} editorial field${toWrite.length === 1 ? '' : 's'} still to write`);
}
const took = `${((performance.now() - started) / 1000).toFixed(2)} s`;
const read = `${releases} release${releases === 1 ? '' : 's'}, ${files} file${files === 1 ? '' : 's'} in ${relative(process.cwd(), root) || '.'}`;
if (problems.length === 0) {
  console.log(`content check: no problems (${read}, ${took})`);
} else {
  for (const problem of problems) console.error(formatProblem(problem));
  const inFiles = new Set(problems.map((problem) => problem.file)).size;
  console.error(
    `content check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${inFiles} file${inFiles === 1 ? '' : 's'} (${read}, ${took})${values['before-build'] ? '; nothing was built' : ''}`,
  );
  process.exitCode = 1;
}
