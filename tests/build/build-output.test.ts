import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pressSiteDir, siteDir } from '../helpers/build';

describe.each([
  { name: 'a plain local build (no SITE_URL)', dir: siteDir },
  { name: 'a deployment build (SITE_URL and BASE_PATH)', dir: pressSiteDir },
])('what $name prints', ({ dir }) => {
  const output = readFileSync(`${dir}.log`, 'utf8');

  it('holds no warning and no error', () => {
    expect(output.split('\n').filter((line) => /\[(?:WARN|ERROR)\]|\bwarning\b/iu.test(line))).toEqual([]);
  });

  it('says that it completed and how many pages it built', () => {
    expect(output).toMatch(/\d+ page\(s\) built in/u);
    expect(output).toContain('Complete!');
  });
});

describe('a build without SITE_URL', () => {
  it('says calmly what it leaves out', () => {
    const line = readFileSync(`${siteDir}.log`, 'utf8')
      .split('\n')
      .find((text) => text.includes('SITE_URL is not set'));
    expect(line).toMatch(
      /\[site:files\] SITE_URL is not set, so canonical links, the sitemap and the feed are left out/u,
    );
    expect(line).not.toMatch(/WARN/u);
  });
});
