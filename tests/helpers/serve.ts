import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

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
};

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
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
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
    responses.push({ path, bytes: statSync(file).size });
    res.writeHead(status, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
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
