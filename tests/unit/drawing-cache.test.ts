import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  drawingCacheDir,
  drawingKey,
  drawnOnce,
  packageClosure,
  rendererFingerprint,
  sourceClosure,
} from '../../src/lib/cache/drawing-cache';
import { drawingSummary } from '../../src/integrations/drawings';
import { pdfDrawingKey } from '../../src/lib/downloads/release-downloads';
import type { ReleaseDocument } from '../../src/lib/pdf/release-pdf';
import { socialCardKey } from '../../src/lib/cards/social-card';
import { loadSerifFonts } from '../../src/lib/fonts/serif-fonts';

const project = join(import.meta.dirname, '../..');

/** A small project of its own: files written from `files`, relative to a new folder. */
function fakeProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'drawing-cache-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

describe('the drawing cache', () => {
  it('keeps drawings beside the build cache of the content folder', () => {
    expect(drawingCacheDir({})).toBe(join(project, 'node_modules/.astro/drawings'));
    expect(drawingCacheDir({ ASTRO_CACHE_DIR: '/tmp/x' })).toBe('/tmp/x/drawings');
    expect(drawingCacheDir({ CONTENT_DIR: '/elsewhere' })).toMatch(
      /node_modules\/\.astro-content-[0-9a-f]{12}\/drawings$/u,
    );
  });

  it('gives equal inputs one key, whatever the order of their fields, and bytes by their digest', () => {
    const font = new Uint8Array([1, 2, 3]);
    const a = drawingKey('r', { title: 'A', when: new Date('2019-01-28'), fonts: { regular: font } });
    const b = drawingKey('r', {
      fonts: { regular: new Uint8Array([1, 2, 3]) },
      when: new Date('2019-01-28'),
      title: 'A',
    });
    expect(a).toMatch(/^[0-9a-f]{64}$/u);
    expect(b).toBe(a);
  });

  it('refuses inputs it would write as {} (a Map, a Set, an ArrayBuffer) rather than ignore a change in them', () => {
    expect(() => drawingKey('r', { words: new Map([['a', 1]]) })).toThrow(
      /hold a value of type Map, which their key cannot read/u,
    );
    expect(() => drawingKey('r', [new Set([1])])).toThrow(/of type Set/u);
    expect(() => drawingKey('r', { bytes: new ArrayBuffer(2) })).toThrow(/of type ArrayBuffer/u);
  });

  it('takes a Buffer by its digest too, as the fonts are read: never its bytes written out one by one', () => {
    const bytes = [7, 8, 9];
    expect(drawingKey('r', { fonts: { regular: Buffer.from(bytes) } })).toBe(
      drawingKey('r', { fonts: { regular: new Uint8Array(bytes) } }),
    );
    expect(drawingKey('r', { fonts: [Buffer.from(bytes)] })).not.toBe(
      drawingKey('r', { fonts: [Buffer.from([7, 8])] }),
    );
  });

  it('changes the key when any input, a byte of a font or the renderer changes', () => {
    const inputs = { title: 'Heroin seized', when: new Date('2019-01-28'), fonts: { regular: new Uint8Array([1, 2]) } };
    const key = drawingKey('r', inputs);
    const changed = [
      drawingKey('r2', inputs),
      drawingKey('r', { ...inputs, title: 'Heroin sized' }),
      drawingKey('r', { ...inputs, when: new Date('2019-01-29') }),
      drawingKey('r', { ...inputs, fonts: { regular: new Uint8Array([1, 3]) } }),
      drawingKey('r', { ...inputs, extra: '' }),
    ];
    expect(new Set([key, ...changed]).size).toBe(changed.length + 1);
  });

  it('follows a module’s relative imports through the project, and leaves packages out', () => {
    const root = fakeProject({
      'src/a.ts': "import { b } from './lib/b';\nimport type { C } from '../src/c.ts';\nimport x from 'pkg';\n",
      'src/lib/b.ts': "export { d } from './d';\nimport './side-effect';\n",
      'src/lib/d.ts': 'export const d = 1;\n',
      'src/lib/side-effect.ts': '',
      'src/c.ts': "import { a } from './a';\n",
      'src/unused.ts': '',
    });
    expect(sourceClosure('src/a.ts', root)).toEqual([
      'src/a.ts',
      'src/c.ts',
      'src/lib/b.ts',
      'src/lib/d.ts',
      'src/lib/side-effect.ts',
    ]);
  });

  it('covers the PDF renderer’s own code and the fonts engine beneath PDFKit', () => {
    const files = sourceClosure('src/lib/pdf/release-pdf.ts', project);
    // What release-pdf.ts imports, read here from the file itself.
    const imported = [
      ...readFileSync(join(project, 'src/lib/pdf/release-pdf.ts'), 'utf8').matchAll(/from '(\.{1,2}\/[\w/.-]+\.ts)'/gu),
    ].map((m) => join('src/lib/pdf', m[1] ?? ''));
    expect(imported.length).toBeGreaterThan(0);
    for (const file of imported) expect(files).toContain(file);
    const packages = packageClosure(['pdfkit'], project);
    const version = (name: string) =>
      (JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
        .version;
    expect(packages).toContain(`pdfkit@${version('pdfkit')}`);
    expect(packages).toContain(`fontkit@${version('fontkit')}`);
  });

  it('fingerprints a renderer by its sources: one changed character gives another fingerprint', () => {
    const root = fakeProject({ 'src/draw.ts': "import './shape';\n", 'src/shape.ts': 'export const side = 1;\n' });
    writeFileSync(join(root, 'package.json'), '{}');
    const before = rendererFingerprint('src/draw.ts', [], root);
    const again = rendererFingerprint(
      'src/draw.ts',
      [],
      fakeProject({ 'src/draw.ts': "import './shape';\n", 'src/shape.ts': 'export const side = 1;\n' }),
    );
    const after = rendererFingerprint(
      'src/draw.ts',
      [],
      fakeProject({ 'src/draw.ts': "import './shape';\n", 'src/shape.ts': 'export const side = 2;\n' }),
    );
    expect(before).toMatch(/^[0-9a-f]{64}$/u);
    expect(again).toBe(before);
    expect(after).not.toBe(before);
    // Sources that cannot be read: no fingerprint, so nothing is cached.
    expect(rendererFingerprint('src/missing.ts', [], root)).toBeUndefined();
  });

  it('draws once per key and reads the drawing back after', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drawings-'));
    let draws = 0;
    const draw = async () => new Uint8Array([++draws]);
    expect(await drawnOnce(dir, 'k1', 'bin', draw)).toEqual(new Uint8Array([1]));
    expect(await drawnOnce(dir, 'k1', 'bin', draw)).toEqual(new Uint8Array([1]));
    expect(await drawnOnce(dir, 'k2', 'bin', draw)).toEqual(new Uint8Array([2]));
    expect(draws).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['k1.bin', 'k2.bin']);
    // No key, no cache: drawn every time and nothing kept.
    await drawnOnce(dir, undefined, 'bin', draw);
    await drawnOnce(dir, undefined, 'bin', draw);
    expect(draws).toBe(4);
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('keeps nothing of a drawing that failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drawings-'));
    await expect(drawnOnce(dir, 'k', 'bin', () => Promise.reject(new Error('no glyph')))).rejects.toThrow('no glyph');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('what the PDF and the cards are keyed by', async () => {
  const fonts = await loadSerifFonts();
  const document: ReleaseDocument = {
    headline: 'On the meeting',
    published: new Date('2019-01-28'),
    meeting: { date: new Date('2018-12-21'), place: 'Astana' },
    issuer: 'The office',
    paragraphs: [{ number: 1, text: 'One paragraph.', file: '/a/index.mdx' }],
    attribution: 'Press service',
    address: '/releases/x/full-text/',
    siteName: 'Site',
    publisher: 'Publisher',
    provenance: { original: 'Text by the press service.', copy: 'This copy by Publisher.' },
    file: '/a/index.mdx',
  };

  it('keys a PDF by what it prints, not by the content file it came from', () => {
    const key = pdfDrawingKey(document, fonts, project);
    expect(key).toMatch(/^[0-9a-f]{64}$/u);
    const moved = {
      ...document,
      file: '/b/index.mdx',
      paragraphs: [{ number: 1, text: 'One paragraph.', file: '/b/x.mdx' }],
    };
    expect(pdfDrawingKey(moved, fonts, project)).toBe(key);
    const reworded = { ...document, paragraphs: [{ number: 1, text: 'One paragraphs.', file: '/a/index.mdx' }] };
    expect(pdfDrawingKey(reworded, fonts, project)).not.toBe(key);
    expect(pdfDrawingKey({ ...document, address: '/press/releases/x/full-text/' }, fonts, project)).not.toBe(key);
    expect(pdfDrawingKey(document, { ...fonts, italic: fonts.regular }, project)).not.toBe(key);
  });

  it('keys a card by its words and its two faces', () => {
    const text = { kicker: 'Drug trafficking', title: 'Heroin', footer: '28 January 2019' };
    const key = socialCardKey(text, fonts, project);
    expect(key).toMatch(/^[0-9a-f]{64}$/u);
    expect(socialCardKey({ ...text }, { regular: fonts.regular, bold: fonts.bold }, project)).toBe(key);
    expect(socialCardKey({ ...text, title: 'Heroine' }, fonts, project)).not.toBe(key);
    expect(socialCardKey(text, { regular: fonts.bold, bold: fonts.bold }, project)).not.toBe(key);
  });
});

describe('the build’s line about drawings', () => {
  it('says what was drawn, in how long, and what the cache spared', () => {
    const tally = new Map([
      ['png', { drawn: 2, reused: 3, drawMs: 1250 }],
      ['pdf', { drawn: 0, reused: 1, drawMs: 0 }],
    ]);
    expect(drawingSummary(tally, join(process.cwd(), 'node_modules/.astro/drawings'))).toBe(
      'PDF: 0 drawn, 1 reused; social cards: 2 drawn in 1.25 s, 3 reused (kept in node_modules/.astro/drawings/)',
    );
    expect(drawingSummary(new Map(), '/tmp')).toBeUndefined();
  });
});
