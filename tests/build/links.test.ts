import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { siteDir } from '../helpers/build';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => join(dir, file));
}

/** The file a site path resolves to, as a static host would serve it, or undefined. */
function resolveTarget(path: string): string | undefined {
  const file = join(siteDir, decodeURIComponent(path));
  if (path.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const pages = htmlFiles(siteDir);

describe('links and assets in the built site', () => {
  it('finds the pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(7);
  });

  it.each(pages.map((file) => relative(siteDir, file)))('%s: every internal link and asset resolves', (page) => {
    const doc = parseHTML(readFileSync(join(siteDir, page), 'utf8')).document;
    const refs = [...doc.querySelectorAll('[href], [src]')].map(
      (el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '',
    );
    expect(refs.length).toBeGreaterThan(0);
    const pageUrl = new URL(`/${page.replace(/index\.html$/u, '')}`, 'http://site.test');
    const broken: string[] = [];
    for (const ref of refs) {
      const url = new URL(ref, pageUrl);
      if (url.origin !== 'http://site.test') continue;
      const target = resolveTarget(url.pathname);
      if (!target) {
        broken.push(`${ref} (no file)`);
        continue;
      }
      if (url.hash) {
        const id = decodeURIComponent(url.hash.slice(1));
        const targetDoc = target.endsWith('.html') ? parseHTML(readFileSync(target, 'utf8')).document : undefined;
        if (!targetDoc?.getElementById(id)) broken.push(`${ref} (no element #${id})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
