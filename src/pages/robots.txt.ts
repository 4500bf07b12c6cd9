import type { APIRoute } from 'astro';
import { sitePath } from '../lib/site/site-path.ts';

/** Everything may be indexed; the sitemap is named when the site's address is known. */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL(sitePath('sitemap-index.xml'), site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
