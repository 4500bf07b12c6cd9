import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

// What a static host compresses; binary formats are compressed already.
const compressible = new Set(['.html', '.css', '.js', '.json', '.txt', '.svg', '.xml']);

/** Serves a built site on a loopback port as a static host does, 404 page and gzip included. */
export async function serveSite(root: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
  // `dir/` answers with `dir/index.html`, anything missing with `404.html` and status 404.
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file: string | undefined;
    if (path.startsWith(base)) {
      const candidate = normalize(join(root, path.slice(base.length)));
      if (candidate.startsWith(root)) {
        const index = join(candidate, 'index.html');
        if (path.endsWith('/') && existsSync(index)) file = index;
        else if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
      }
    }
    const status = file ? 200 : 404;
    file ??= join(root, '404.html');
    const type = extname(file);
    let body = readFileSync(file);
    const headers: Record<string, string> = {
      'content-type': types[type] ?? 'application/octet-stream',
      // Hashed assets never change; pages are checked again on each visit.
      'cache-control': path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (compressible.has(type) && /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'accept-encoding';
    }
    res.writeHead(status, { ...headers, 'content-length': String(body.length) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
