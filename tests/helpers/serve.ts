import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
};

// What a static host compresses; binary formats are compressed already.
const compressible = new Set(['.html', '.css', '.js', '.json', '.txt', '.svg', '.xml']);

export interface StaticServer {
  /** The site's address, base path included, ending in `/`. */
  url: string;
  /** Every path requested so far, in order. */
  requests: string[];
  /** Every response so far: the path and the bytes of its body. */
  responses: { path: string; bytes: number }[];
  close(): Promise<void>;
}

/**
 * Serves a built site on a loopback port under a base path, as a plain static host does:
 * `dir/` answers with `dir/index.html`, anything missing with the site's `404.html` and status 404.
 * With `compress`, it also gzips text for clients that ask and sends caching headers, as a
 * production host does (for Lighthouse).
 */
export async function serveStatic(root: string, base = '/', { compress = false } = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const responses: { path: string; bytes: number }[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
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
    responses.push({ path, bytes: body.length });
    const headers: Record<string, string> = { 'content-type': types[type] ?? 'application/octet-stream' };
    if (compress) {
      // Hashed assets never change; pages are checked again on each visit.
      headers['cache-control'] = path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      if (compressible.has(type) && /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipSync(body, { level: 6 });
        headers['content-encoding'] = 'gzip';
        headers['vary'] = 'accept-encoding';
      }
    }
    res.writeHead(status, { ...headers, 'content-length': String(body.length) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    responses,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
