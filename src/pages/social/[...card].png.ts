import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { formatDate } from '../../lib/text/dates';
import { loadSerifFonts } from '../../lib/downloads/serif-fonts';
import { getReleases } from '../../lib/site/site-data';
import { SITE_NAME } from '../../lib/site/site-metadata';
import { socialCardSvg, type SocialCardFonts, type SocialCardText } from '../../lib/downloads/social-card';
import { socialCardPaths } from '../../lib/site/release-paths';

// libvips would keep every card it drew in its operation cache; each card is drawn once.
sharp.cache(false);

/** The card's site path without `social/` and `.png`: the route parameter. */
const param = (path: string): string => path.replace(/^social\//u, '').replace(/\.png$/u, '');

export const getStaticPaths = (async () => {
  const releases = await getReleases();
  const newest = releases[0]?.release;
  const cards: { params: { card: string }; props: { text: SocialCardText } }[] = [
    {
      params: { card: param(socialCardPaths.site()) },
      props: {
        text: {
          kicker: 'An independent, verbatim copy',
          title: SITE_NAME,
          footer: newest ? `Latest: ${formatDate(newest.data.published)}` : SITE_NAME,
        },
      },
    },
  ];
  for (const { release, topics } of releases) {
    // The Office issued the release; the card must not read as if the Office published this copy.
    const footer = `${formatDate(release.data.published)} · ${SITE_NAME}`;
    cards.push({
      params: { card: param(socialCardPaths.release(release.id)) },
      props: { text: { kicker: 'Press release · independent copy', title: release.data.headline, footer } },
    });
    for (const topic of topics) {
      cards.push({
        params: { card: param(socialCardPaths.topic(topic.id)) },
        props: { text: { kicker: `${topic.data.label} · independent copy`, title: topic.data.title, footer } },
      });
    }
  }
  return cards;
}) satisfies GetStaticPaths;

/** A 1200×630 PNG for link previews, drawn at build time from the page's own title. */
let cardFonts: Promise<SocialCardFonts> | undefined;

// Drawing a card takes tens of milliseconds; a card whose drawing has not changed is taken from
// the previous build's cache instead (keyed by the SVG itself, so a change of text or font shows).
const cacheDir = join(process.cwd(), 'node_modules/.cache/social-cards');

export const GET: APIRoute<{ text: SocialCardText }> = async ({ props }) => {
  // One object for the whole build, so the faces are parsed once, not once per card.
  cardFonts ??= loadSerifFonts().then(({ regular, bold }) => ({ regular, bold }));
  const svg = socialCardSvg(props.text, await cardFonts);
  const cached = join(cacheDir, `${createHash('sha256').update(svg).digest('hex')}.png`);
  let png: Uint8Array;
  try {
    png = await readFile(cached);
  } catch {
    png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
    await mkdir(cacheDir, { recursive: true });
    await writeFile(cached, png);
  }
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
