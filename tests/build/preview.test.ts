import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, siteDir } from '../helpers/build';
import { freePort } from '../helpers/nginx';

/** Whether anything answers at the address. */
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

describe('npm run preview (scripts/preview.ts)', () => {
  it('prints the id of the process that serves the site, and stops when that process is told to', async () => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [join(projectRoot, 'scripts/preview.ts'), '--port', String(port), '--host', '127.0.0.1'],
      { cwd: projectRoot, env: { ...process.env, OUT_DIR: siteDir, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'pipe' },
    );
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const line = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /^Previewing .*$/mu.exec(output)?.[0];
        if (found) resolve(found);
      });
      child.once('exit', () => reject(new Error(`the preview stopped before it served:\n${output}`)));
    });
    console.info(line);
    const pid = Number(/kill (\d+)\)/u.exec(line)?.[1]);
    expect(pid).toBe(child.pid);
    const url = `http://127.0.0.1:${port}/`;
    expect(line).toContain(url);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1');

    process.kill(pid, 'SIGTERM');
    // Stopped: the process has exited (Vite's own handler may exit with 143, 128 + SIGTERM).
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    expect(code === 0 || code === 143 || signal === 'SIGTERM', `exit ${code} ${signal}`).toBe(true);
    expect(await answers(url)).toBe(false);
  });
});
