import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicLinks } from '../../src/integrations/site-files';

describe('the public folder', () => {
  it('names every symbolic link in it, at any depth, and nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'public-links-'));
    const pub = join(root, 'public');
    mkdirSync(join(pub, 'fonts'), { recursive: true });
    writeFileSync(join(pub, 'robots-extra.txt'), 'a file');
    symlinkSync('../.git/config', join(pub, 'site.webmanifest'));
    symlinkSync('/etc/passwd', join(pub, 'fonts', 'robots.txt'));
    expect(publicLinks(pub, root)).toEqual(['public/fonts/robots.txt', 'public/site.webmanifest']);
    expect(publicLinks(join(root, 'absent'), root)).toEqual([]);
  });

  it('finds none in the project as it is', () => {
    expect(publicLinks(join(import.meta.dirname, '../../public'))).toEqual([]);
  });
});
