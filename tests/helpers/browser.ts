import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
