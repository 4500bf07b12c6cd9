import type { APIRoute, GetStaticPaths } from 'astro';
import { getReleasesWithData, type ReleaseWithData } from '../../../../../lib/site/releases.ts';
import { openDataFiles } from '../../../../../lib/open-data/open-data-files.ts';
import { siteBase } from '../../../../../lib/site/site-path.ts';
import { routes } from '../../../../../lib/site/routes.ts';

export const getStaticPaths = (async () =>
  [...(await getReleasesWithData()).values()].flatMap((entry) =>
    // File names do not depend on the site's address, so any address lists them.
    openDataFiles(entry, '/', undefined).map((file) => ({
      params: routes.dataFile.params(entry.model.entry.id, file.name),
      props: { entry, name: file.name },
      cacheKey: entry.key,
    })),
  )) satisfies GetStaticPaths;

/** One open-data file of a release, written at build time with the site's addresses in it. */
export const GET: APIRoute<{ entry: ReleaseWithData; name: string }> = ({ props, site }) => {
  const file = openDataFiles(props.entry, siteBase, site).find((candidate) => candidate.name === props.name);
  if (!file) throw new Error(`no open-data file ${props.name}`);
  return new Response(file.body(), { headers: { 'Content-Type': file.type } });
};
