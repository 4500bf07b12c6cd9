import type { APIRoute } from 'astro';
import { getReleasesWithData } from '../lib/site/releases.ts';
import { searchInput } from '../lib/search/search-input.ts';

/**
 * What the search index is made of, from the release model and its checked data: the texts of the
 * pages Pagefind indexes and a record for each datum. The Pagefind integration reads it once the
 * pages are built and removes it from the output: it is not part of the published site (its route,
 * `routes.searchInput`, names that integration in `removedBy`).
 */
export const GET: APIRoute = async () => Response.json(searchInput((await getReleasesWithData()).values()));
