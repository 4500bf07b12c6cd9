import { rmSync } from 'node:fs';
import { buildSite, outputRoot, siteDir } from './build';

/** Builds the real site once for every test that reads the output. */
export default async function setup(): Promise<void> {
  rmSync(outputRoot, { recursive: true, force: true });
  const result = await buildSite({ outDir: siteDir });
  if (result.code !== 0) throw new Error(`the site did not build:\n${result.output}`);
}
