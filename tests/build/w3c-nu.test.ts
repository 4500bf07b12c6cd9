import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pressSiteDir, siteDir } from '../helpers/build';
import { sitePages } from '../helpers/pages';

// The W3C's Nu HTML Checker (the vnu-jar package), which reads ARIA in HTML more strictly than
// html-validate: every built page, at the root and under a base path, with no error.

const java = process.env['JAVA_PATH'] ?? 'java';
const jar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build/dist/vnu.jar');

/** Whether a Java runtime runs; under CI a missing one fails the run instead of skipping. */
function javaAvailable(): boolean {
  if (spawnSync(java, ['-version'], { stdio: 'ignore' }).status === 0) return true;
  const reason = `no Java runtime at ${java} (install Debian's default-jre-headless or set JAVA_PATH)`;
  if (process.env['CI'] === 'true') throw new Error(`The Nu HTML Checker needs Java under CI: ${reason}`);
  console.warn(`Skipping the Nu HTML Checker: ${reason}`);
  return false;
}

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
}

describe.runIf(javaAvailable())('the W3C Nu HTML Checker over the built site', () => {
  it.each([
    ['the root build', siteDir],
    ['the /press/ build', pressSiteDir],
  ])('%s: no error on any page', (_, dir) => {
    const files = sitePages(dir).map((page) => join(dir, page.endsWith('.html') ? page : `${page}index.html`));
    expect(files.length).toBeGreaterThanOrEqual(8);
    const run = spawnSync(java, ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
    // The report goes to standard error; the exit status is 1 when there are errors.
    const report = JSON.parse(run.stderr || run.stdout) as { messages: NuMessage[] };
    const errors = report.messages.filter(
      (message) => message.type === 'error' || message.type === 'non-document-error',
    );
    console.info(`Nu HTML Checker: ${files.length} pages of ${dir}, ${errors.length} errors`);
    expect(errors.map((m) => `${(m.url ?? '').replace(`file:${dir}/`, '')}:${m.lastLine ?? 0}: ${m.message}`)).toEqual(
      [],
    );
  });
});
