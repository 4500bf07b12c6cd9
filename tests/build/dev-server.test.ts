import { spawn, type ChildProcess } from 'node:child_process';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroEnvironment, outputRoot, projectRoot } from '../helpers/build';
import { contentCopy, edit, realRelease } from '../helpers/fixtures';
import { freePort } from '../helpers/nginx';
import { writePins } from '../../src/lib/text/official-texts';

// The editor's dev server, on two releases, one of which has a paragraph that is not the text.
const second = '2020-02-03-fixture-second-release';
const content = contentCopy('dev-server', ['second-release']);
const broken = edit(content, `${realRelease}/topics/drug-trafficking.mdx`, (text) =>
  text.replace('including 387 kg of heroin.', 'including 387 kg of heroine.'),
);
writePins(content);

let server: ChildProcess | undefined;
let origin = '';
let output = '';

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: projectRoot,
      env: {
        ...astroEnvironment(),
        CONTENT_DIR: content,
        ASTRO_CACHE_DIR: join(outputRoot, 'dev-server.cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const collect = (chunk: Buffer): void => void (output += stripVTControlCharacters(chunk.toString()));
  server.stdout?.on('data', collect);
  server.stderr?.on('data', collect);
  for (let tries = 0; tries < 600; tries += 1) {
    if (/Local\s+http/u.test(output)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the dev server did not start:\n${output}`);
});

afterAll(() => {
  server?.kill();
});

const status = async (path: string): Promise<number> => (await fetch(`${origin}${path}`)).status;

describe('npm run dev with a release whose content fails its checks', () => {
  it('shows the problem on the pages of that release, naming the content file and line', async () => {
    expect(await status(`/releases/${realRelease}/drug-trafficking/`)).toBe(500);
    expect(await status(`/releases/${realRelease}/`)).toBe(500);
    const line = relative(projectRoot, broken);
    // The terminal names the file and the paragraph's line (15 in the real topic), and the error
    // page, which reads the same error's place, opens that file.
    expect(output).toMatch(new RegExp(`${line.replace(/[.]/gu, '\\.')}:15: body: the paragraph "97 tons`, 'u'));
    expect(output).toContain(`at ${broken}:15:1`);
  });

  it('shows it on the home page too, which shows the latest release and lists the others', async () => {
    expect(await status('/')).toBe(500);
  });

  it('keeps every other page working: the other release, its data, the about and search pages', async () => {
    for (const path of [`/releases/${second}/`, `/releases/${second}/full-text/`, '/about/', '/search/']) {
      expect([path, await status(path)]).toEqual([path, 200]);
    }
  });
});
