/**
 * A small static server for the built site, for the end-to-end tests and the benchmark: it
 * serves dist/ on 127.0.0.1 the way a static host does (directory index, 404.html for a missing
 * path), and several can run at once, unlike `astro preview`.
 *
 *   tsx scripts/serve-dist.ts [port] [dir]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
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
  response.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
  createReadStream(target).pipe(response);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${base}`));
