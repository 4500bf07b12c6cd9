import type { APIRoute, GetStaticPaths } from 'astro';
import { formatDate } from '../../lib/text/dates.ts';
import { loadSerifFonts } from '../../lib/fonts/serif-fonts.ts';
import { getReleasesWithData } from '../../lib/site/releases.ts';
import { messages } from '../../lib/i18n/catalogue.ts';
import { DEFAULT_LANGUAGE } from '../../lib/i18n/languages.ts';
import { socialCardKey, socialCardPng, type SocialCardText } from '../../lib/cards/social-card.ts';
import { drawingCacheDir, drawnOnce, inputsDigest } from '../../lib/cache/drawing-cache.ts';
import { routes, SITE_CARD } from '../../lib/site/routes.ts';

export const getStaticPaths = (async () => {
  // Checked releases only, newest first: their glyph check has run before any card is drawn.
  const releases = [...(await getReleasesWithData()).values()].map(({ model }) => model);
  // The site's own card is in the default language; each version's cards speak its language.
  const site = messages(DEFAULT_LANGUAGE);
  const newest = releases.find((model) => model.version.lang === DEFAULT_LANGUAGE)?.entry;
  const cards: { params: { card: string }; props: { text: SocialCardText } }[] = [
    {
      params: routes.socialCard.params(SITE_CARD),
      props: {
        text: {
          kicker: site.cards.site,
          title: site.site.name,
          footer: newest ? site.cards.latest(formatDate(newest.data.published)) : site.site.name,
        },
      },
    },
  ];
  for (const { entry: release, topics, version } of releases) {
    const m = messages(version.lang);
    // The Office issued the release; the card must not read as if the Office published this copy.
    const footer = `${formatDate(release.data.published, version.lang)} · ${m.site.name}`;
    cards.push({
      params: routes.socialCard.params(release.id),
      props: { text: { kicker: m.cards.release, title: release.data.headline, footer } },
    });
    for (const topic of topics) {
      cards.push({
        params: routes.socialCard.params(topic.id),
        props: { text: { kicker: m.cards.topic(topic.data.label), title: topic.data.title, footer } },
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
