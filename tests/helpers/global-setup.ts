import { rmSync, writeFileSync } from 'node:fs';
import { buildSite, languagesSiteDir, outputRoot, pressBase, pressSiteDir, pressSiteUrl, siteDir } from './build';
import { contentCopy } from './fixtures';

/**
 * Builds the real site once for every test that reads the output: at the domain root with no
 * `SITE_URL`, as a newcomer's first build, and under `/press/` with a `SITE_URL`, as a deployment.
 */
export default async function setup(): Promise<void> {
  // The build and e2e projects share this setup; within one run the site is built once.
  if (process.env['TEST_SITE_BUILT'] === String(process.pid)) return;
  rmSync(outputRoot, { recursive: true, force: true });
  const root = await buildSite({ outDir: siteDir });
  if (root.code !== 0) throw new Error(`the site did not build:\n${root.output}`);
  // What each build printed, for the test that keeps build output free of warnings.
  writeFileSync(`${siteDir}.log`, root.output);
  // A stray BASE_URL in the environment must not take the place of BASE_PATH (tests of this build
  // check every address under /press/).
  const press = await buildSite({
    outDir: pressSiteDir,
    env: { BASE_PATH: pressBase, SITE_URL: pressSiteUrl, BASE_URL: '/stray/' },
  });
  if (press.code !== 0) throw new Error(`the site did not build under ${pressBase}:\n${press.output}`);
  writeFileSync(`${pressSiteDir}.log`, press.output);
  // With the release invented in three languages, for the tests of language versions.
  const languages = await buildSite({
    contentDir: contentCopy('site-languages', ['three-languages']),
    outDir: languagesSiteDir,
    env: { SITE_URL: pressSiteUrl },
  });
  if (languages.code !== 0) throw new Error(`the site with three languages did not build:\n${languages.output}`);
  process.env['TEST_SITE_BUILT'] = String(process.pid);
}
