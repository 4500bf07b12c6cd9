import { readdirSync } from 'node:fs';

/** The site path of every HTML page in a built site (`''` for the home page, `404.html`…). */
export function sitePages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) =>
      file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file,
    )
    .sort();
}
