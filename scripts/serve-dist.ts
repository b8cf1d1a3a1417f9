/**
 * A small static server for the built site, for the end-to-end tests and the benchmark: it
 * serves dist/ on 127.0.0.1 the way a static host does (directory index, 404.html for a missing
 * path), and several can run at once, unlike `astro preview`.
 *
 *   tsx scripts/serve-dist.ts [port] [dir]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.argv[2] ?? 4322);
const root = resolve(process.argv[3] ?? 'dist');
const base = process.env['BASE_PATH'] ?? '/';

const TYPES: Record<string, string> = {
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
const cache = new Map<string, Buffer>();
function gzipped(path: string): Buffer {
  let body = cache.get(path);
  if (!body) {
    body = gzipSync(readFileSync(path), { level: 9 });
    cache.set(path, body);
  }
  return body;
}

function resolvePath(urlPath: string): string | undefined {
  let path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  if (!path.startsWith(base)) return undefined;
  path = `/${path.slice(base.length)}`;
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(file) ? file : undefined;
}

createServer((request, response) => {
  const url = request.url ?? '/';
  const path = url.split('?')[0] ?? '/';
  // A directory without its trailing slash redirects, as static hosts do.
  const file = resolvePath(url);
  if (file && !path.endsWith('/') && file.endsWith('index.html') && !path.endsWith('.html')) {
    response.writeHead(301, { location: `${path}/` }).end();
    return;
  }
  const target = file ?? join(root, '404.html');
  const type = TYPES[extname(target)] ?? 'application/octet-stream';
  // Compress what static hosts compress (text and WASM), so measured transfer sizes are real ones;
  // Pagefind's index files are already compressed and go as they are.
  const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (accepts && COMPRESSIBLE.test(type)) {
    response.writeHead(file ? 200 : 404, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
    response.end(gzipped(target));
    return;
  }
  response.writeHead(file ? 200 : 404, { 'content-type': type });
  createReadStream(target).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
