import type { APIRoute } from 'astro';
import { siteFilePaths } from '../lib/site/routes.ts';
import { sitePath } from '../lib/site/site-path.ts';

/** Everything may be indexed; the sitemap is named when the site's address is known. */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL(sitePath(siteFilePaths.sitemap), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
