import type { APIRoute, GetStaticPaths } from 'astro';
import { type Release, perReleasePaths } from '../../../../lib/site/releases.ts';
import { releasePublishedFile } from '../../../../lib/downloads/release-downloads.ts';

export const getStaticPaths = perReleasePaths satisfies GetStaticPaths;

/** The release as published: the project's copy of the source file, byte for byte. */
export const GET: APIRoute<{ model: Release }> = async ({ props }) => {
  const { bytes } = await releasePublishedFile(props.model);
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
