import type { GovernmentOrganization, NewsArticle, Organization, WithContext } from 'schema-dts';
import type { ReleaseFrontmatter } from '../../schemas/release.ts';
import { isoDate } from '../text/dates.ts';
import { sitePublisher } from './publisher.ts';
import { routes } from './routes.ts';
import { withBase } from './site-address.ts';
import { versionOf } from './versions.ts';

/** What a release page tells search engines about the release (or one topic of it). */
export interface ArticleFacts {
  headline: string;
  description: string;
  published: Date;
  modified?: Date | undefined;
  issuer: string;
  /** Who wrote the text: the attribution that closes it (the office's press service). */
  author: string;
  /** The page's absolute address, when the site's address is known. */
  url?: string | undefined;
  /** The page's social card, absolute, when known. */
  image?: string | undefined;
  /** The topic's short name, for a topic page. */
  section?: string | undefined;
  /** The release overview's absolute address, for a topic page. */
  partOf?: string | undefined;
  /** Who publishes this copy (the site), not the issuing office. */
  publisher: string;
  /** The release as the office published it: its headline, and the original's address where known. */
  basedOn: { headline: string; url?: string | undefined };
  /** The language of the text (the version's), as a BCP 47 tag. */
  language: string;
}

/**
 * A schema.org `NewsArticle` for a release page. The text's author is the office's press service
 * (the attribution), part of the issuing office; the publisher is whoever publishes this copy, and
 * the article is based on the release as the office first published it, at its original address.
 */
export function newsArticle(facts: ArticleFacts): WithContext<NewsArticle> {
  const office: GovernmentOrganization = { '@type': 'GovernmentOrganization', name: facts.issuer };
  const author: GovernmentOrganization = {
    '@type': 'GovernmentOrganization',
    name: facts.author,
    parentOrganization: office,
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    description: facts.description,
    datePublished: isoDate(facts.published),
    dateModified: isoDate(facts.modified ?? facts.published),
    author,
    publisher: { '@type': 'Organization', name: facts.publisher } satisfies Organization,
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: facts.basedOn.headline,
      datePublished: isoDate(facts.published),
      author,
      publisher: office,
      inLanguage: facts.language,
      ...(facts.basedOn.url ? { url: facts.basedOn.url } : {}),
    },
    inLanguage: facts.language,
    ...(facts.url ? { mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url }, url: facts.url } : {}),
    ...(facts.image ? { image: [facts.image] } : {}),
    ...(facts.section ? { articleSection: facts.section } : {}),
    ...(facts.partOf ? { isPartOf: { '@type': 'WebPage', '@id': facts.partOf } } : {}),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the script. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</gu, '\\u003c');
}

/** The release fields a page's article is made from. */
interface ArticleRelease {
  id: string;
  data: Pick<
    ReleaseFrontmatter,
    'headline' | 'summary' | 'published' | 'updated' | 'issuer' | 'attribution' | 'source'
  >;
}

/** The topic fields a topic page's article is made from. */
interface ArticleTopic {
  id: string;
  data: { title: string; summary: string; label: string };
}

/**
 * The `NewsArticle` of a release page: the overview and the full text speak for the release; a
 * topic page for its topic, as a section of the release. Addresses are absolute only when the
 * site's address is known.
 */
export function releaseArticle(
  release: ArticleRelease,
  page: { site: URL | undefined; pathname: string; base: string },
  topic?: ArticleTopic,
): WithContext<NewsArticle> {
  const absolute = (path: string): string | undefined => (page.site ? new URL(path, page.site).href : undefined);
  const card = routes.socialCard.path(topic ? topic.id : release.id);
  return newsArticle({
    headline: topic ? topic.data.title : release.data.headline,
    description: topic ? topic.data.summary : release.data.summary,
    published: release.data.published,
    modified: release.data.updated,
    issuer: release.data.issuer,
    author: release.data.attribution,
    publisher: sitePublisher(process.env, versionOf(release.id).lang).name,
    basedOn: { headline: release.data.headline, url: release.data.source?.url },
    language: versionOf(release.id).lang,
    url: absolute(page.pathname),
    image: absolute(withBase(card, page.base)),
    ...(topic
      ? { section: topic.data.label, partOf: absolute(withBase(routes.overview.path(release.id), page.base)) }
      : {}),
  });
}
