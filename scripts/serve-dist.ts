/**
 * A small static server for the built site, for the end-to-end tests and the benchmark: it
 * serves dist/ on 127.0.0.1 the way a static host does (directory index, 404.html for a missing
 * path), and several can run at once, unlike `astro preview`.
 *
 *   tsx scripts/serve-dist.ts [port] [dir] [/url=file …]
 *
 * Each `/url=file` serves one file from outside the build at exactly that path, cacheable for a
 * year: the browser tests serve axe-core this way, so that Chromium compiles it once and takes it
 * from its cache on every later page (injected as source, it was compiled again on each: ~150 ms a
 * page). Nothing else is served from outside the folder.
 *
 * A request it cannot read (malformed percent-encoding) gets 400; one that leaves the served
 * folder (`/../`, or a sibling folder whose name starts like it: `dist-other/` beside `dist/`)
 * gets 403. Imported, it only exports the server and its request resolution (unit-tested).
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm|x-bibtex|x-research-info-systems)|image\/svg)/;
// A file's gzip is kept while the file is unchanged: a server left running across a rebuild must
// serve the new build to browsers too (kept by path alone, it went on sending them the old pages
// while a client that does not ask for gzip got the new ones).
const cache = new Map<string, { mtimeMs: number; size: number; body: Buffer }>();
function gzipped(path: string): Buffer {
  const { mtimeMs, size } = statSync(path);
  const kept = cache.get(path);
  if (kept && kept.mtimeMs === mtimeMs && kept.size === size) return kept.body;
  const body = gzipSync(readFileSync(path), { level: 9 });
  cache.set(path, { mtimeMs, size, body });
  return body;
}

/** What a request resolves to: a file to send, or the error status to answer with. */
export type Resolution = { status: 200; file: string } | { status: 400 | 403 | 404 };

/** Whether `file` (absolute, normalised) is `root` itself or inside it, not in a sibling that merely starts like it. */
export function isInside(root: string, file: string): boolean {
  const top = root.endsWith(sep) ? root : `${root}${sep}`;
  return file === root || file.startsWith(top);
}

/**
 * Maps a request URL to a file under `root` (absolute): a directory to its index.html; 400 for a
 * URL that does not decode, 403 for one that leaves `root`, 404 for a path outside the base path
 * or with nothing there.
 */
export function resolveRequest(root: string, base: string, url: string): Resolution {
  let path: string;
  try {
    path = decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    return { status: 400 };
  }
  if (path.includes('\0')) return { status: 400 };
  if (!path.startsWith(base)) return { status: 404 };
  const file = normalize(join(root, `/${path.slice(base.length)}`));
  if (!isInside(root, file)) return { status: 403 };
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? { status: 200, file: index } : { status: 404 };
  }
  return existsSync(file) ? { status: 200, file } : { status: 404 };
}

/** Parses `/url=file` arguments into the files to serve at those exact paths. */
export function parseAssets(args: readonly string[]): Map<string, string> {
  return new Map(
    args.map((arg) => {
      const at = arg.indexOf('=');
      if (!arg.startsWith('/') || at < 2) throw new Error(`serve-dist: expected /url=file, got ${arg}`);
      return [arg.slice(0, at), resolve(arg.slice(at + 1))];
    }),
  );
}

/** The static server for one built folder (not yet listening), plus `assets`: URL path → file outside it. */
export function createDistServer(dir: string, base = '/', assets: ReadonlyMap<string, string> = new Map()): Server {
  const root = resolve(dir);
  return createServer((request, response) => {
    const url = request.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    const asset = assets.get(path);
    let target: string;
    let status = 200;
    const headers: Record<string, string> = {};
    if (asset) {
      target = asset;
      headers['cache-control'] = 'public, max-age=31536000, immutable';
    } else {
      const resolved = resolveRequest(root, base, url);
      if (resolved.status === 400 || resolved.status === 403) {
        response.writeHead(resolved.status, { 'content-type': 'text/plain; charset=utf-8' }).end(resolved.status === 400 ? 'Bad Request\n' : 'Forbidden\n');
        return;
      }
      const file = resolved.status === 200 ? resolved.file : undefined;
      // A directory without its trailing slash redirects, as static hosts do.
      if (file && !path.endsWith('/') && file.endsWith('index.html') && !path.endsWith('.html')) {
        response.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      target = file ?? join(root, '404.html');
      if (!file) status = 404;
    }
    headers['content-type'] = TYPES[extname(target)] ?? 'application/octet-stream';
    // Compress what static hosts compress (text and WASM), so measured transfer sizes are real ones;
    // Pagefind's index files are already compressed and go as they are.
    const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (accepts && COMPRESSIBLE.test(headers['content-type'])) {
      response.writeHead(status, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      response.end(gzipped(target));
      return;
    }
    response.writeHead(status, headers);
    createReadStream(target).pipe(response);
  });
}

// Run as a script: serve the folder named on the command line.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const port = Number(process.argv[2] ?? 4322);
  const dir = process.argv[3] ?? 'dist';
  createDistServer(dir, process.env['BASE_PATH'] ?? '/', parseAssets(process.argv.slice(4))).listen(port, '127.0.0.1', () => console.log(`serving ${resolve(dir)} at http://127.0.0.1:${port}${process.env['BASE_PATH'] ?? '/'}`));
}
