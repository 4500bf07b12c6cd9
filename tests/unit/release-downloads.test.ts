import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatFileSize,
  publishedFile,
  releasePdfDocument,
  releasePublishedFile,
  type DownloadableRelease,
} from '../../src/lib/downloads/release-downloads';
import { parsePublishedText } from '../../src/lib/text/published-text';
import { drawingTally } from '../../src/lib/cache/drawing-cache';
import { outputRoot } from '../helpers/build';
import { sourceFile } from '../helpers/source';

// Unit tests run without the build, which would have made the output folder.
mkdirSync(outputRoot, { recursive: true });

const data = {
  headline: 'Headline’s text',
  shortTitle: 'Headline',
  published: new Date('2020-01-01T00:00:00Z'),
  meeting: { date: new Date('2019-12-30T00:00:00Z'), place: 'Astana' },
  issuer: 'The Office',
  attribution: 'Press Service',
  summary: 'Editorial summary, not in the PDF.',
};
const model = (filePath = 'content/releases/r/index.mdx'): DownloadableRelease => ({
  entry: { id: 'r', filePath, body: 'Lead one.\n\nLead\ntwo.', data },
  topics: [
    { id: 'r/a', body: 'Topic A one.', data: { order: 1 } },
    { id: 'r/b', body: 'Topic B one.\n\nTopic B two.', data: { order: 2 } },
  ],
  published: {
    headline: data.headline,
    dateLine: '1 January 2020',
    paragraphs: ['Lead one.', 'Lead two.', 'Topic A one.', 'Topic B one.', 'Topic B two.'],
    attribution: data.attribution,
  },
  leadParagraphs: [1, 2],
  topicParagraphs: new Map([
    ['r/a', [3]],
    ['r/b', [4, 5]],
  ]),
  panels: new Map(),
});

describe('releasePdfDocument', () => {
  it('takes the official paragraphs from the entries, lead then topics, numbered as published', () => {
    const doc = releasePdfDocument(model(), { site: undefined, base: '/' });
    expect(doc.paragraphs).toEqual([
      { number: 1, text: 'Lead one.', file: 'content/releases/r/index.mdx' },
      { number: 2, text: 'Lead two.', file: 'content/releases/r/index.mdx' },
      { number: 3, text: 'Topic A one.' },
      { number: 4, text: 'Topic B one.' },
      { number: 5, text: 'Topic B two.' },
    ]);
    expect([doc.headline, doc.attribution, doc.issuer, doc.meeting.place]).toEqual([
      'Headline’s text',
      'Press Service',
      'The Office',
      'Astana',
    ]);
    expect(JSON.stringify(doc)).not.toContain('Editorial summary');
  });

  it('gives no address when the origin is not known (a bare path means nothing in a PDF), and the whole one when it is', () => {
    const sha256 = 'f'.repeat(64);
    const local = releasePdfDocument(model(), { site: undefined, base: '/press/' }, { sha256 });
    expect(local).toMatchObject({ address: undefined, source: { address: undefined, sha256 } });
    expect(JSON.stringify(local)).not.toContain('/press/');
    expect(releasePdfDocument(model(), { site: 'https://example.org', base: '/press/' }, { sha256 })).toMatchObject({
      address: 'https://example.org/press/releases/r/full-text/',
      source: { address: 'https://example.org/press/releases/r/press-release.txt' },
    });
  });
});

/** A release folder holding a copy of the source text, and the release as checked against it. */
function releaseFolder(): { source: Buffer; checked: DownloadableRelease } {
  const dir = mkdtempSync(join(outputRoot, 'published-file-'));
  cpSync(sourceFile, join(dir, 'press-release.txt'));
  const source = readFileSync(sourceFile);
  return {
    source,
    checked: { ...model(join(dir, 'index.mdx')), published: parsePublishedText(source.toString('utf8')) },
  };
}

describe('publishedFile', () => {
  it('gives the bytes of the published text and their SHA-256', async () => {
    const { source, checked } = releaseFolder();
    const file = await publishedFile(checked);
    expect(Buffer.from(file.bytes).equals(source)).toBe(true);
    expect(file.sha256).toBe(createHash('sha256').update(source).digest('hex'));
  });

  it('refuses a file that is no longer the text the release was checked against', async () => {
    const dir = mkdtempSync(join(outputRoot, 'published-file-'));
    const source = readFileSync(sourceFile, 'utf8');
    writeFileSync(join(dir, 'press-release.txt'), source.replace('97 tons', '96 tons'));
    const checked = { ...model(join(dir, 'index.mdx')), published: parsePublishedText(source) };
    await expect(publishedFile(checked)).rejects.toThrow(/press-release\.txt: changed after the release was checked/u);
  });
});

describe('releasePublishedFile', () => {
  it('reads a release’s text once per build, and draws no PDF for it', async () => {
    const { source, checked } = releaseFolder();
    const pdfsBefore = drawingTally().get('pdf')?.drawn ?? 0;
    const first = releasePublishedFile(checked);
    expect(releasePublishedFile(checked)).toBe(first);
    expect(Buffer.from((await first).bytes).equals(source)).toBe(true);
    expect(drawingTally().get('pdf')?.drawn ?? 0).toBe(pdfsBefore);
  });
});

describe('formatFileSize', () => {
  it.each([
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1024, '1 KB'],
    [29_895, '29 KB'],
    [30_208, '30 KB'],
  ])('%i bytes read as %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});
