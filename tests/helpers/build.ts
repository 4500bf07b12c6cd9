import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { writePins } from '../../src/lib/text/official-texts';

/** The project root, where `astro.config.mjs` is. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** Where tests write their builds (ignored by git). */
export const outputRoot = join(projectRoot, 'tests/.output');

/** The output of the real site's build, made once per test run by the global setup. */
export const siteDir = join(outputRoot, 'site');

/** The base path of the second build of the real site, made by the global setup too. */
export const pressBase = '/press/';

/** The output of the real site's build for `BASE_PATH=/press/` and a `SITE_URL`. */
export const pressSiteDir = join(outputRoot, 'site-press');

/** The `SITE_URL` of the `/press/` build. */
export const pressSiteUrl = 'https://releases.example.org';

/**
 * The site built from the real content and the invented release in three languages
 * (tests/fixtures/three-languages), with a site address: every test of language versions reads it.
 */
export const languagesSiteDir = join(outputRoot, 'site-languages');

export interface BuildResult {
  code: number | null;
  /** Everything the build printed, stdout and stderr interleaved, without colours. */
  output: string;
  outDir: string;
}

export interface BuildOptions {
  /** A folder of releases to build instead of `content/releases`. */
  contentDir?: string;
  /** Where to write the site. */
  outDir: string;
  env?: Record<string, string>;
  /**
   * Whether to pin the content folder's official texts as they are first (`npm run pin-texts`),
   * as an editor does after adding or correcting a text: true by default, since fixtures add and
   * alter texts on purpose; false to build with the pins as they are.
   */
  pin?: boolean;
}

/**
 * The environment for running Astro from a test: this process's, without the Vite variables that
 * Vitest puts into it (BASE_URL, MODE, NODE_ENV=test…), or BASE_URL would override the site's base
 * path.
 */
export function astroEnvironment(): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(name) && !name.startsWith('VITEST'),
    ),
  );
}

/**
 * Runs `astro build` on the current Node (the project's Node 22, never the system's) with its own
 * output folder and cache, so that builds of fixtures do not disturb each other.
 */
export function buildSite({ contentDir, outDir, env = {}, pin = true }: BuildOptions): Promise<BuildResult> {
  mkdirSync(outputRoot, { recursive: true });
  if (contentDir !== undefined && pin) writePins(contentDir);
  const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
  const inherited = astroEnvironment();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: projectRoot,
      env: {
        ...inherited,
        ...(contentDir ? { CONTENT_DIR: contentDir } : {}),
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: `${outDir}.cache`,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output: stripVTControlCharacters(output), outDir }));
  });
}
