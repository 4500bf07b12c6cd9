import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from './serve';

/** Debian's Chromium, or the one `CHROMIUM_PATH` names. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Whether browser tests can run. Without a browser they are skipped with a printed reason, except
 * under CI, where a missing browser fails the run.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  const reason = `no Chromium at ${chromiumPath} (install Debian's chromium or set CHROMIUM_PATH)`;
  if (process.env['CI'] === 'true') throw new Error(`Browser tests need a browser under CI: ${reason}`);
  console.warn(`Skipping browser tests: ${reason}`);
  return false;
}

/** Headless Chromium with the flags a closed, sandboxed machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A browser and a static server of the built site `dir`, for the tests of the calling `describe`:
 * started before them and stopped after. Read `browser` and `server` inside tests only.
 */
export function browserOnSite(dir: string): { readonly browser: Browser; readonly server: StaticServer } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(dir)]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('the browser is started before the tests run');
      return browser;
    },
    get server(): StaticServer {
      if (!server) throw new Error('the server is started before the tests run');
      return server;
    },
  };
}
