import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { astroCacheDir } from '../site/content-root.ts';

// The PDFs and social cards take most of a build's time, and most of them come out the same as in
// the build before. Each drawing is kept under a key made of everything that shapes its bytes
// (what it says, the fonts, the code that draws it and the versions of the libraries that code
// runs on), so a file whose inputs have not changed is read back instead of drawn, and a file
// whose inputs have changed never is.

/**
 * Where drawings are kept between builds: `drawings/` in Astro's cache folder for this content
 * (`node_modules/.astro/drawings` for `content/releases`). Deleting it only makes the next build
 * draw everything again.
 */
export function drawingCacheDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(astroCacheDir(env), 'drawings');
}

/** A SHA-256 digest in lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const digests = new WeakMap<Uint8Array, string>();

/** Bytes (a font file) by their digest, worked out once per array. */
function digestOf(bytes: Uint8Array): string {
  let digest = digests.get(bytes);
  if (digest === undefined) {
    digest = `sha256:${sha256Hex(bytes)}`;
    digests.set(bytes, digest);
  }
  return digest;
}

/**
 * A value as it enters a key: bytes by their digest, objects with their fields in sorted order,
 * what has a JSON form (a date) in that form. Bytes are replaced before anything is serialised:
 * JSON.stringify would call a Buffer's own toJSON first and write every byte of a font out as a
 * number, on every key.
 */
function canonical(value: unknown): unknown {
  if (value instanceof Uint8Array) return digestOf(value);
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return canonical(withJson.toJSON());
  // A Map, a Set or an ArrayBuffer would be written as {}: a change in it would not change the key.
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new Error(`inputs hold a value of type ${value.constructor.name}, which their key cannot read`);
  }
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, canonical(record[key])]),
  );
}

/** A digest of inputs, fields in a fixed order, bytes by their digest: equal inputs, equal digests. */
export function inputsDigest(inputs: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(inputs)))
    .digest('hex');
}

/**
 * The key of a drawing: a digest of the renderer's fingerprint and of every input, fields in a
 * fixed order (objects are written with their keys sorted), so that equal inputs give equal keys.
 */
export function drawingKey(renderer: string, inputs: unknown): string {
  const text = JSON.stringify(canonical(inputs));
  return createHash('sha256').update(renderer).update('\n').update(text).digest('hex');
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'|(?:^|\n)\s*import\s+'(\.{1,2}\/[^']+)'/gu;

/** The project's own source files a module imports, itself included, followed to the end. */
export function sourceClosure(entry: string, root: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      let target = relative(root, resolve(root, dirname(file), specifier));
      if (!target.endsWith('.ts')) target = `${target}.ts`;
      visit(target);
    }
  };
  visit(entry);
  return [...seen].sort();
}

/** The folder of an installed package as Node finds it from `from`: the nearest `node_modules`. */
function packageDir(name: string, from: string, root: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dir === dirname(dir)) throw new Error(`package ${name} is not installed`);
  }
}

/** `name@version` of installed packages and of everything they depend on, sorted. */
export function packageClosure(names: string[], root: string): string[] {
  const found = new Map<string, string>();
  const visit = (name: string, from: string): void => {
    const dir = packageDir(name, from, root);
    if (found.has(dir)) return;
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      version?: string;
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    found.set(dir, `${name}@${manifest.version ?? '?'}`);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
    // Optional dependencies (a platform's prebuilt binary) count when they are installed.
    for (const dependency of Object.keys(manifest.optionalDependencies ?? {})) {
      try {
        visit(dependency, dir);
      } catch {
        // Not installed on this platform: it plays no part in the drawing.
      }
    }
  };
  for (const name of names) visit(name, root);
  return [...new Set(found.values())].sort();
}

// Worked out once per build: the sources and packages do not change while it runs.
const fingerprints = new Map<string, string | undefined>();

/**
 * What identifies a renderer: the text of its source files (the module that draws and all it
 * imports from the project) and the versions of the packages it runs on. Undefined when the
 * sources cannot be read (a build run from outside the project): then nothing is cached.
 */
export function rendererFingerprint(entry: string, packages: string[], root = process.cwd()): string | undefined {
  const id = [entry, ...packages, root].join('\n');
  if (!fingerprints.has(id)) fingerprints.set(id, readFingerprint(entry, packages, root));
  return fingerprints.get(id);
}

function readFingerprint(entry: string, packages: string[], root: string): string | undefined {
  try {
    const hash = createHash('sha256');
    for (const file of sourceClosure(entry, root)) hash.update(`${file}\n`).update(readFileSync(join(root, file)));
    for (const name of packageClosure(packages, root)) hash.update(`${name}\n`);
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/** What a build drew and what it read back, of one kind of file. */
export interface DrawingTally {
  drawn: number;
  reused: number;
  /** Time spent drawing, in milliseconds. */
  drawMs: number;
}

// On the process, not the module: the pages are rendered by the build's bundled copy of this
// module, and the build's log (an integration) reads the tally through its own copy.
const TALLY = Symbol.for('site.drawings');

/** This build's drawings so far, by file extension (`pdf`, `png`). */
export function drawingTally(): Map<string, DrawingTally> {
  const scope = globalThis as { [TALLY]?: Map<string, DrawingTally> };
  scope[TALLY] ??= new Map();
  return scope[TALLY];
}

function count(extension: string, change: Partial<DrawingTally>): void {
  const tally = drawingTally();
  const now = tally.get(extension) ?? { drawn: 0, reused: 0, drawMs: 0 };
  tally.set(extension, {
    drawn: now.drawn + (change.drawn ?? 0),
    reused: now.reused + (change.reused ?? 0),
    drawMs: now.drawMs + (change.drawMs ?? 0),
  });
}

/** Draws, counting the drawing and its time. */
async function timed(
  extension: string,
  draw: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
  const start = performance.now();
  const bytes = await draw();
  count(extension, { drawn: 1, drawMs: performance.now() - start });
  return bytes;
}

/** The module that draws a kind of file, from the project's root, and the packages it draws with. */
export interface Renderer {
  entry: string;
  packages: string[];
}

/**
 * The key of a drawing made by `renderer` from `inputs`; undefined when the renderer's sources
 * cannot be read, and then nothing is cached.
 */
export function rendererKey(renderer: Renderer, inputs: unknown, root = process.cwd()): string | undefined {
  const fingerprint = rendererFingerprint(renderer.entry, renderer.packages, root);
  return fingerprint === undefined ? undefined : drawingKey(fingerprint, inputs);
}

/**
 * The bytes of a drawing: read from `dir` when one with this key was made before, otherwise
 * drawn and kept. A key of undefined (renderer unknown) always draws. The file is written under
 * a temporary name and renamed, so an interrupted build never leaves a partial drawing.
 */
export async function drawnOnce(
  dir: string,
  key: string | undefined,
  extension: string,
  draw: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
  if (key === undefined) return timed(extension, draw);
  const file = join(dir, `${key}.${extension}`);
  try {
    const bytes = new Uint8Array(await readFile(file));
    count(extension, { reused: 1 });
    return bytes;
  } catch {
    // Not drawn before.
  }
  const bytes = await timed(extension, draw);
  await mkdir(dir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return bytes;
}
