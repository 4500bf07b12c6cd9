import type { APIRoute, GetStaticPaths } from 'astro';
import { perReleasePaths, type Release } from '../../../lib/site/site-data';
import { releaseDownloads } from '../../../lib/downloads/release-downloads';
import { siteBase } from '../../../lib/site/site-path';

export const getStaticPaths = perReleasePaths satisfies GetStaticPaths;

/** The release as published: the project's copy of the source file, byte for byte. */
export const GET: APIRoute<{ model: Release }> = async ({ props, site }) => {
  const { publishedText } = await releaseDownloads(props.model, { site, base: siteBase });
  return new Response(publishedText.bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
