import type { APIRoute, GetStaticPaths } from 'astro';
import { perReleasePaths, type Release } from '../../../lib/site/site-data';
import { releaseDownloads } from '../../../lib/downloads/release-downloads';

export const getStaticPaths = perReleasePaths satisfies GetStaticPaths;

/** The whole release as a PDF, made from the same checked content as the pages. */
export const GET: APIRoute<{ model: Release }> = async ({ props, site }) => {
  const { pdf } = await releaseDownloads(props.model, { site, base: import.meta.env.BASE_URL });
  return new Response(pdf, { headers: { 'Content-Type': 'application/pdf' } });
};
