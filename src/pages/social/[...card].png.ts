import type { APIRoute, GetStaticPaths } from 'astro';
import { formatDate } from '../../lib/text/dates.ts';
import { loadSerifFonts } from '../../lib/fonts/serif-fonts.ts';
import { getReleasesWithData } from '../../lib/site/releases.ts';
import { SITE_NAME } from '../../lib/site/site-metadata.ts';
import { socialCardKey, socialCardPng, type SocialCardText } from '../../lib/cards/social-card.ts';
import { drawingCacheDir, drawnOnce, inputsDigest } from '../../lib/cache/drawing-cache.ts';
import { routes, SITE_CARD } from '../../lib/site/routes.ts';

export const getStaticPaths = (async () => {
  // Checked releases only, newest first: their glyph check has run before any card is drawn.
  const releases = [...(await getReleasesWithData()).values()].map(({ model }) => model);
  const newest = releases[0]?.entry;
  const cards: { params: { card: string }; props: { text: SocialCardText } }[] = [
    {
      params: routes.socialCard.params(SITE_CARD),
      props: {
        text: {
          kicker: 'An independent, verbatim copy',
          title: SITE_NAME,
          footer: newest ? `Latest: ${formatDate(newest.data.published)}` : SITE_NAME,
        },
      },
    },
  ];
  for (const { entry: release, topics } of releases) {
    // The Office issued the release; the card must not read as if the Office published this copy.
    const footer = `${formatDate(release.data.published)} · ${SITE_NAME}`;
    cards.push({
      params: routes.socialCard.params(release.id),
      props: { text: { kicker: 'Press release · independent copy', title: release.data.headline, footer } },
    });
    for (const topic of topics) {
      cards.push({
        params: routes.socialCard.params(topic.id),
        props: { text: { kicker: `${topic.data.label} · independent copy`, title: topic.data.title, footer } },
      });
    }
  }
  // A card is drawn from its text alone (the fonts and the code are Astro's to track).
  return cards.map((card) => ({ ...card, cacheKey: inputsDigest(card.props.text) }));
}) satisfies GetStaticPaths;

/** A 1200×630 PNG for link previews, drawn at build time from the page's own title. */
export const GET: APIRoute<{ text: SocialCardText }> = async ({ props }) => {
  // The same object for every card (read once per build), so the faces are parsed once.
  const fonts = await loadSerifFonts();
  // Drawn only when no earlier build drew the same card; otherwise read back from the cache.
  const png = await drawnOnce(drawingCacheDir(), socialCardKey(props.text, fonts), 'png', () =>
    socialCardPng(props.text, fonts),
  );
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
