import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pagefind } from '../../src/integrations/pagefind';

type Middleware = (request: { url?: string }, response: Response, next: () => void) => void;
interface Response {
  headers: Record<string, string>;
  body?: Buffer;
  setHeader: (name: string, value: string) => void;
  end: (body: Buffer) => void;
}

/** The dev server's handling of a request, as the integration sets it up for an output folder. */
function devServer(outDir: string, base = '/') {
  const integration = pagefind();
  const logs: string[] = [];
  let middleware: Middleware | undefined;
  const hooks = integration.hooks as Record<string, (options: unknown) => void>;
  hooks['astro:config:done']?.({ config: { outDir: pathToFileURL(`${outDir}/`), base } });
  hooks['astro:server:setup']?.({
    server: { middlewares: { use: (handler: Middleware) => (middleware = handler) } },
    logger: { info: (line: string) => logs.push(line), warn: (line: string) => logs.push(line) },
  });
  const get = (url: string): { response: Response; passed: boolean } => {
    const response: Response = {
      headers: {},
      setHeader: (name, value) => (response.headers[name] = value),
      end: (body) => (response.body = body),
    };
    let passed = false;
    middleware?.({ url }, response, () => (passed = true));
    return { response, passed };
  };
  return { logs, get };
}

describe('search in npm run dev (the Pagefind integration’s dev-server hook)', () => {
  // A folder of its own: files running side by side in threads would share a process id.
  const built = mkdtempSync(join(tmpdir(), 'dev-search-'));
  mkdirSync(join(built, 'pagefind'), { recursive: true });
  writeFileSync(join(built, 'pagefind', 'pagefind.js'), 'export const search = 1;');
  writeFileSync(join(built, 'secret.txt'), 'not part of the bundle');

  it('serves the last build’s index at the address the built site has it, and says how old it is', () => {
    const { logs, get } = devServer(built, '/press');
    expect(logs).toEqual([
      expect.stringMatching(
        /^search uses the index of the last build \(.+pagefind\/, made \d{4}-\d\d-\d\d \d\d:\d\d UTC\)/u,
      ),
    ]);
    const { response, passed } = get('/press/pagefind/pagefind.js?v=1');
    expect(passed).toBe(false);
    expect(response.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(response.body?.toString()).toBe('export const search = 1;');
  });

  it('leaves every other address, and any path out of the bundle, to the dev server', () => {
    const { get } = devServer(built);
    expect(get('/').passed).toBe(true);
    expect(get('/pagefind/missing.js').passed).toBe(true);
    expect(get('/pagefind/../secret.txt').passed).toBe(true);
    expect(get('/pagefind/%2e%2e/secret.txt').passed).toBe(true);
  });

  it('says there is no index yet when nothing has been built', () => {
    const { logs, get } = devServer(join(built, 'never-built'));
    expect(logs).toEqual(['search has no index yet: run npm run build once, then npm run dev again']);
    expect(get('/pagefind/pagefind.js').passed).toBe(true);
  });
});
