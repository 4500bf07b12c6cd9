import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { serveStatic, type StaticServer } from './serve';

/**
 * A browser and a static server of the built site `dir` at the base path `base`, for the tests of
 * the calling `describe`: started before them and stopped after. Read `browser` and `server`
 * inside tests only.
 */
export function browserOnSite(dir: string, base = '/'): { readonly browser: Browser; readonly server: StaticServer } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(dir, base)]);
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
