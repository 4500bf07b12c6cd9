import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { downloadTypes, headersFile } from '../lib/site/security-headers.ts';
import { THEME_SCRIPT } from '../lib/site/theme.ts';

/**
 * Inline code in a page that the Content-Security-Policy would block, described for a message:
 * inline scripts other than the theme script, `<style>` elements, `style` attributes and event
 * handler attributes. The page is parsed as a browser would read it, so text that merely looks
 * like code ("online=yes" in a summary, escaped as text) is not taken for code.
 */
export function inlineCodeOutsidePolicy(html: string): string[] {
  const found: string[] = [];
  let script: { body: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = `<${name}>`;
        for (const attribute of Object.keys(attributes)) {
          if (attribute === 'style') found.push(`style attribute on ${tag}`);
          if (/^on[a-z]/u.test(attribute)) found.push(`event handler attribute ${attribute} on ${tag}`);
        }
        if (name === 'style') found.push('inline <style>');
        const type = attributes['type'] ?? '';
        if (name === 'script' && attributes['src'] === undefined && !/^application\/(ld\+)?json$/iu.test(type)) {
          script = { body: '' };
        }
      },
      ontext(text) {
        if (script) script.body += text;
      },
      onclosetag(name) {
        if (name !== 'script' || !script) return;
        if (script.body !== THEME_SCRIPT) found.push(`inline <script>: ${script.body.slice(0, 60)}`);
        script = undefined;
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: true },
  );
  parser.end(html);
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
