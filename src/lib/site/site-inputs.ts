import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inputsDigest } from '../cache/drawing-cache.ts';
import { serifFontFiles } from '../fonts/serif-fonts.ts';
import { sitePublisher } from './publisher.ts';

/**
 * What every page is made from besides its release, which Astro's own hashes of a page (the code
 * it imports, the config, the lock file) do not cover: the project's whole source and config (a
 * change anywhere can rename the one stylesheet or a shared script every page links), the bytes
 * of the fonts the PDF and the cards are set in (a font file can change under an unchanged lock
 * file), the publisher named from the environment, and the Node and ICU that format its dates.
 */
export function siteInputs(
  root = process.cwd(),
  fontFiles: readonly string[] = Object.values(serifFontFiles(root)),
): string {
  const files = [
    'astro.config.mjs',
    ...readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')),
  ].sort();
  return inputsDigest({
    source: files.map((file) => [file, readFileSync(join(root, file))]),
    fonts: fontFiles.map((file) => readFileSync(file)),
    publisher: sitePublisher(),
    runtime: { node: process.versions.node, icu: process.versions.icu, unicode: process.versions.unicode },
  });
}
