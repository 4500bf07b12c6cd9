import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, outputRoot, projectRoot } from '../helpers/build';
import { contentCopy, edit, realRelease } from '../helpers/fixtures';

const text = `${realRelease}/press-release.txt`;

describe('the official texts are pinned', () => {
  it('the real content pins its text as it is', () => {
    const pins = readFileSync(join(projectRoot, 'content/releases/official-texts.sha256'), 'utf8');
    const digest = createHash('sha256')
      .update(readFileSync(join(projectRoot, 'content/releases', text)))
      .digest('hex');
    expect(pins).toBe(`${digest}  ${text}\n`);
  });

  it('a changed or new text stops the build until npm run pin-texts pins it and shows the change', async () => {
    const contentDir = contentCopy('unpinned', ['second-release']);
    // A figure changed in the text alone: the verbatim check would stop it too, but the pins name it first.
    edit(contentDir, text, (body) => body.replace('387 kg', '38 kg'));
    const outDir = join(outputRoot, 'unpinned');
    const refused = await buildSite({ contentDir, outDir, pin: false });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(
      new RegExp(
        `${realRelease}/press-release\\.txt: SHA-256: the official text changed \\(it is [0-9a-f]{64}, official-texts\\.sha256 pins [0-9a-f]{64}\\)`,
        'u',
      ),
    );
    expect(refused.output).toMatch(
      /2020-02-03-fixture-second-release\/press-release\.txt: SHA-256: a new official text, not pinned/u,
    );
    expect(existsSync(outDir)).toBe(false);

    const pin = spawnSync(process.execPath, [join(projectRoot, 'scripts/pin-texts.ts')], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });
    expect(pin.status, pin.stderr).toBe(0);
    expect(pin.stdout).toMatch(/pinned a new official text: .+2020-02-03-fixture-second-release\/press-release\.txt/u);
    expect(pin.stdout).toContain(
      `pinned a CHANGED official text: ${join(contentDir, text).replace(`${projectRoot}/`, '')}`,
    );
    expect(pin.stdout).toMatch(/official-texts\.sha256: 2 changes/u);
    const pins = readFileSync(join(contentDir, 'official-texts.sha256'), 'utf8');
    const digest = createHash('sha256')
      .update(readFileSync(join(contentDir, text)))
      .digest('hex');
    expect(pins).toContain(`${digest}  ${text}\n`);
    // Pinned, the text still has to be the topics' text word for word: the build stops on 38 kg.
    const checked = await buildSite({ contentDir, outDir, pin: false });
    expect(checked.code).not.toBe(0);
    expect(checked.output).not.toContain('SHA-256:');
    expect(checked.output).toContain('387');
  });

  it('a copied content folder with its pins builds as it is', async () => {
    const contentDir = contentCopy('pinned');
    cpSync(join(projectRoot, 'content/releases/official-texts.sha256'), join(contentDir, 'official-texts.sha256'));
    const built = await buildSite({ contentDir, outDir: join(outputRoot, 'pinned'), pin: false });
    expect(built.code, built.output).toBe(0);
  });
});
