import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { downloadTypes, headersFile } from '../lib/security-headers';
import { THEME_SCRIPT } from '../lib/theme';

/** Inline code in a page that the Content-Security-Policy would block, described for a message. */
export function inlineCodeOutsidePolicy(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
    const [, attributes = '', body = ''] = match;
    if (/(?:^|\s)src=/iu.test(attributes) || /type=["']?application\/(ld\+)?json/iu.test(attributes)) continue;
    if (body !== THEME_SCRIPT) found.push(`inline <script>: ${body.slice(0, 60)}`);
  }
  for (const match of html.matchAll(/<style\b[^>]*>/giu)) found.push(`inline ${match[0]}`);
  for (const match of html.matchAll(/<[a-z][^>]*\sstyle=["'][^"']*["']/giu))
    found.push(`style attribute: ${match[0].slice(0, 60)}`);
  for (const match of html.matchAll(/<[a-z][^>]*\son[a-z]+=/giu))
    found.push(`event handler attribute: ${match[0].slice(0, 60)}`);
  return found;
}

/** The site paths (base included) of the text downloads that `_headers` gives a type. */
async function textDownloads(dir: string, base: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && Object.keys(downloadTypes).includes(extname(entry.name)))
    .map((entry) => `${base}${relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .sort();
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(dir, file).startsWith('pagefind'));
}

/**
 * Makes the build ready for any static host: writes the `_headers` file (security headers,
 * caching and the types of text downloads, read by Netlify and Cloudflare Pages), and fails the
 * build, naming the page, when a page holds inline code the Content-Security-Policy would block.
 */
export function staticHost(options: { base: string }): AstroIntegration {
  return {
    name: 'site:static-host',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const problems: string[] = [];
        for (const file of await htmlFiles(outDir)) {
          for (const problem of inlineCodeOutsidePolicy(await readFile(file, 'utf8'))) {
            problems.push(`${relative(outDir, file)}: ${problem}`);
          }
        }
        if (problems.length > 0) {
          throw new Error(`Pages hold inline code that the Content-Security-Policy blocks:\n${problems.join('\n')}`);
        }
        await writeFile(join(outDir, '_headers'), headersFile(options.base, await textDownloads(outDir, options.base)));
        logger.info('wrote _headers');
      },
    },
  };
}
