import type { APIRoute, GetStaticPaths } from 'astro';
import { type Release, perReleasePaths } from '../../../../lib/site/releases.ts';
import { releaseDownloads } from '../../../../lib/downloads/release-downloads.ts';
import { siteBase } from '../../../../lib/site/site-path.ts';

export const getStaticPaths = perReleasePaths satisfies GetStaticPaths;

/** The whole release as a PDF, made from the same checked content as the pages. */
export const GET: APIRoute<{ model: Release }> = async ({ props, site }) => {
  const { pdf } = await releaseDownloads(props.model, { site, base: siteBase });
  return new Response(pdf, { headers: { 'Content-Type': 'application/pdf' } });
};
