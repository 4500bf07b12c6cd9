import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { readPublishedText } from '../text/published-text.ts';
import type { ReleaseEntryLike, ReleaseModel, TopicEntryLike } from '../text/release-model.ts';
import type { ReleaseFrontmatter } from '../../schemas/release.ts';
import { releasePdf, type ReleaseDocument } from '../pdf/release-pdf.ts';
import { versionOf } from '../site/versions.ts';
import { messages } from '../i18n/catalogue.ts';
import { loadSerifFonts, type SerifFonts } from '../fonts/serif-fonts.ts';
import { drawingCacheDir, drawnOnce, rendererKey, sha256Hex } from '../cache/drawing-cache.ts';
import { copySentence, originalSentence, provenanceOf, sitePublisher } from '../site/publisher.ts';
import { absoluteAddress, type SiteAddress } from '../site/site-address.ts';
import { routes } from '../site/routes.ts';

/** What the downloads need of a checked release (`Release` from releases.ts fits). */
export type DownloadableRelease = ReleaseModel<ReleaseEntryLike<ReleaseFrontmatter>, TopicEntryLike>;

/** The release as published, byte for byte, and its SHA-256 digest in hex. */
export interface PublishedFile {
  bytes: Uint8Array<ArrayBuffer>;
  sha256: string;
}

/** The files offered with a release. */
export interface ReleaseDownloadFiles {
  /** The whole release as a PDF. */
  pdf: Uint8Array<ArrayBuffer>;
  /** The release as published. */
  publishedText: PublishedFile;
}

/** A file size as a reader reads it: `31 KB` (1 KB = 1024 bytes, never shown as 0). */
export function formatFileSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * The bytes of a release's published text file. Fails unless they are, still, the text the
 * release was checked against, so that the download is exactly what the pages were proved to say.
 */
export async function publishedFile(model: DownloadableRelease): Promise<PublishedFile> {
  const { filePath } = model.entry;
  if (!filePath) throw new Error(`release ${model.entry.id}: no file path`);
  const { source, bytes, published } = readPublishedText(dirname(filePath));
  if (!isDeepStrictEqual(published, model.published)) {
    throw new Error(`${source}: changed after the release was checked; build again`);
  }
  return { bytes, sha256: sha256Hex(bytes) };
}

/**
 * The PDF's data for a checked release: the official paragraphs of its content entries (lead,
 * then topics in order) with their numbers in the published text, and the addresses of the
 * release's page and published text.
 */
export function releasePdfDocument(
  model: DownloadableRelease,
  location: SiteAddress,
  source?: Pick<PublishedFile, 'sha256'>,
): ReleaseDocument {
  const { entry: release, topics } = model;
  const entries = [
    { entry: release, numbers: model.leadParagraphs },
    ...topics.map((topic) => ({ entry: topic, numbers: model.topicParagraphs.get(topic.id) ?? [] })),
  ];
  // The model has checked each entry's paragraphs against the published text, number by number.
  const paragraphs = entries.flatMap(({ entry, numbers }) =>
    numbers.map((number) => ({ number, text: model.published.paragraphs[number - 1] ?? '', file: entry.filePath })),
  );
  const address = (path: string): string | undefined => absoluteAddress(path, location);
  // The PDF's own labels and dates speak the version's language.
  const { lang } = versionOf(release.id);
  const provenance = provenanceOf(
    release.data,
    sitePublisher(process.env, lang),
    address(routes.overview.path(release.id)),
  );
  return {
    lang,
    headline: release.data.headline,
    published: release.data.published,
    meeting: release.data.meeting,
    issuer: release.data.issuer,
    paragraphs,
    attribution: release.data.attribution,
    address: address(routes.fullText.path(release.id)),
    siteName: messages(lang).site.name,
    publisher: sitePublisher(process.env, lang).name,
    provenance: {
      original: originalSentence(provenance, lang),
      copy: copySentence(provenance, { inFile: true, lang }),
    },
    file: release.filePath,
    ...(source ? { source: { address: address(routes.publishedText.path(release.id)), sha256: source.sha256 } } : {}),
  };
}

/**
 * The key of a release's PDF in the drawing cache: everything that shapes its bytes. The content
 * files named in the document serve error messages only, so the same release drawn from another
 * folder has the same key. Undefined when the renderer's sources cannot be read.
 */
export function pdfDrawingKey(document: ReleaseDocument, fonts: SerifFonts, root = process.cwd()): string | undefined {
  const { file: _file, paragraphs, ...printed } = document;
  const inputs = { ...printed, paragraphs: paragraphs.map(({ number, text }) => ({ number, text })), fonts };
  return rendererKey({ entry: 'src/lib/pdf/release-pdf.ts', packages: ['pdfkit'] }, inputs, root);
}

const read = new Map<string, Promise<PublishedFile>>();

/**
 * A release's published text file, read and checked once per build however many pages ask: the
 * pages that need only the text (its digest on the About page, the download) do not wait for the
 * PDF, and never start a drawing of their own.
 */
export function releasePublishedFile(model: DownloadableRelease): Promise<PublishedFile> {
  let file = read.get(model.entry.id);
  if (!file) {
    file = publishedFile(model);
    read.set(model.entry.id, file);
  }
  return file;
}

const made = new Map<string, Promise<ReleaseDownloadFiles>>();

/**
 * The PDF and the published text of a release, made once per build however many pages and
 * endpoints ask, so that the size a page shows is the size of the file written.
 */
export function releaseDownloads(model: DownloadableRelease, location: SiteAddress): Promise<ReleaseDownloadFiles> {
  const key = [model.entry.id, String(location.site ?? ''), location.base].join('\n');
  let downloads = made.get(key);
  if (!downloads) {
    downloads = (async () => {
      const publishedText = await releasePublishedFile(model);
      const document = releasePdfDocument(model, location, publishedText);
      const fonts = await loadSerifFonts();
      // Drawn only when no earlier build drew the same PDF; otherwise read back from the cache.
      const pdf = await drawnOnce(drawingCacheDir(), pdfDrawingKey(document, fonts), 'pdf', () =>
        releasePdf(document, fonts),
      );
      return { pdf, publishedText };
    })();
    made.set(key, downloads);
  }
  return downloads;
}
