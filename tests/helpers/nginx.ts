import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { outputRoot, projectRoot } from './build';

/** Debian's nginx, or the one `NGINX_PATH` names. */
export const nginxPath = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

/** Whether nginx tests can run: skipped with a printed reason without nginx, failed under CI. */
export function nginxAvailable(): boolean {
  if (existsSync(nginxPath)) return true;
  const reason = `no nginx at ${nginxPath} (install Debian's nginx or set NGINX_PATH)`;
  if (process.env['CI'] === 'true') throw new Error(`Hosting tests need nginx under CI: ${reason}`);
  console.warn(`Skipping nginx tests: ${reason}`);
  return false;
}

/** A TCP port free on the loopback address, for a server a test starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface Nginx {
  /** The site's address, base path included, ending in `/`. */
  url: string;
  /** Another site on the same nginx, as a server holds several. */
  otherUrl: string;
  stop(): Promise<void>;
}

/**
 * Serves a built site with nginx on a loopback port, using the project's example server block
 * (deploy/nginx/site.conf) with only its address, its root and, under a base path, its 404 page
 * changed, as an operator would.
 */
/**
 * Started as root, nginx runs its workers as an unprivileged user, who cannot read a project
 * that lives under a private folder (a clone in a `mktemp -d` folder, say): the test server's
 * workers keep root's rights. Started by anyone else, they run as that user anyway.
 */
function workerUser(): string {
  return process.getuid?.() === 0 ? 'user root;\n' : '';
}

export async function startNginx(siteDir: string, base = '/'): Promise<Nginx> {
  mkdirSync(outputRoot, { recursive: true });
  const prefix = mkdtempSync(join(outputRoot, 'nginx-'));
  // mkdtemp makes the folder private; the workers read the site through it.
  chmodSync(prefix, 0o755);
  const root = join(prefix, 'www');
  mkdirSync(root, { mode: 0o755 });
  // The site goes where the base path says: at the root, or in a sub-folder of it.
  const segments = base.split('/').filter(Boolean);
  if (segments.length === 0) symlinkSync(siteDir, join(root, 'site'));
  else {
    mkdirSync(join(root, ...segments.slice(0, -1)), { recursive: true });
    symlinkSync(siteDir, join(root, ...segments));
  }
  const docRoot = segments.length === 0 ? join(root, 'site') : root;
  // The prefix is laid out as Debian's /etc/nginx: mime.types, snippets/ with the shipped headers,
  // and sites-enabled/ with the shipped server, its includes read as written.
  symlinkSync('/etc/nginx/mime.types', join(prefix, 'mime.types'));
  mkdirSync(join(prefix, 'snippets'));
  copyFileSync(
    join(projectRoot, 'deploy/nginx/snippets/releases-security-headers.conf'),
    join(prefix, 'snippets/releases-security-headers.conf'),
  );
  mkdirSync(join(prefix, 'sites-enabled'));
  const port = await freePort();
  const otherPort = await freePort();
  writeFileSync(
    join(prefix, 'sites-enabled/releases'),
    readFileSync(join(projectRoot, 'deploy/nginx/site.conf'), 'utf8')
      .replace(/listen\s+80;/u, `listen 127.0.0.1:${port};`)
      .replace(/root\s+[^;]+;/u, `root ${docRoot};`)
      .replace(/error_page 404 \/404\.html;/u, `error_page 404 ${base}404.html;`),
  );
  // Another site on the same server, which the site's headers must leave alone.
  writeFileSync(
    join(prefix, 'sites-enabled/other'),
    `server {\n    listen 127.0.0.1:${otherPort};\n    return 200 "another site";\n}\n`,
  );
  const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
${workerUser()}worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  include sites-enabled/*;
}
`,
  );
  const check = spawnSync(nginxPath, ['-t', '-q', '-p', prefix, '-c', conf], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejects the configuration:\n${check.stderr}`);
  const child: ChildProcess = spawn(nginxPath, ['-p', prefix, '-c', conf], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}${base}`;
  const otherUrl = `http://127.0.0.1:${otherPort}/`;
  for (let i = 0; i < 100; i += 1) {
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  return {
    url,
    otherUrl,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
