import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverOutput, replaceOutput, siteSummary, stagingFolders } from '../../src/integrations/atomic-output';
import { outputRoot } from '../helpers/build';

function site(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), text);
}

describe('replaceOutput', () => {
  it('puts the new site in place of the old and leaves nothing beside it', () => {
    mkdirSync(outputRoot, { recursive: true });
    const outDir = join(mkdtempSync(join(outputRoot, 'atomic-')), 'dist');
    const { staging, previous } = stagingFolders(outDir);
    site(outDir, 'old');
    site(staging, 'new');
    replaceOutput(staging, outDir, previous);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect([existsSync(staging), existsSync(previous)]).toEqual([false, false]);
  });

  it('puts the old site back when the new one cannot be moved in', () => {
    mkdirSync(outputRoot, { recursive: true });
    const outDir = join(mkdtempSync(join(outputRoot, 'atomic-')), 'dist');
    const { staging, previous } = stagingFolders(outDir);
    site(outDir, 'old');
    // No staging folder: the second rename fails.
    expect(() => replaceOutput(staging, outDir, previous)).toThrow();
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(previous)).toBe(false);
  });
});

describe('recoverOutput', () => {
  it('puts the last good site back when a build stopped between the two renames', () => {
    mkdirSync(outputRoot, { recursive: true });
    const outDir = join(mkdtempSync(join(outputRoot, 'atomic-')), 'dist');
    const { staging, previous } = stagingFolders(outDir);
    // What a kill after the first rename leaves: the old site aside, the new one staged, no output.
    site(previous, 'old');
    site(staging, 'new');
    expect(recoverOutput(outDir, previous)).toBe(true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(previous)).toBe(false);
    // Nothing to do when the output is in place (a finished swap's leftover is deleted by the next one).
    site(previous, 'older');
    expect(recoverOutput(outDir, previous)).toBe(false);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
  });
});

describe('siteSummary', () => {
  it('counts pages, files and bytes', () => {
    mkdirSync(outputRoot, { recursive: true });
    const dir = mkdtempSync(join(outputRoot, 'summary-'));
    site(join(dir, 'a'), 'x'.repeat(2048));
    site(join(dir, 'b'), 'y');
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *');
    expect(siteSummary(dir)).toBe('2 pages, 3 files, 2 KB');
  });
});
