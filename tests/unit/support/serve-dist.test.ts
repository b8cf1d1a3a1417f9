import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistServer, isInside, parseAssets, resolveRequest, TYPES } from '../../../scripts/serve-dist';

// A build folder `dist` with a sibling whose name starts the same way, `dist-other`.
const parent = mkdtempSync(join(tmpdir(), 'serve-dist-'));
const root = join(parent, 'dist');
for (const [file, text] of Object.entries({ 'dist/index.html': 'home', 'dist/404.html': 'missing', 'dist/ko/index.html': 'ko', 'dist/data/x.csv': 'a,b', 'dist-other/secret.txt': 'secret', 'tools/tool.js': 'tool()' })) {
  mkdirSync(join(parent, file, '..'), { recursive: true });
  writeFileSync(join(parent, file), text);
}
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('resolveRequest', () => {
  it('serves files and directory indexes under the root', () => {
    expect(resolveRequest(root, '/', '/')).toEqual({ status: 200, file: join(root, 'index.html') });
    expect(resolveRequest(root, '/', '/ko/?q=x')).toEqual({ status: 200, file: join(root, 'ko/index.html') });
    expect(resolveRequest(root, '/', '/nothing/')).toEqual({ status: 404 });
  });
  it('answers 400 to a URL whose percent-encoding is malformed, instead of throwing', () => {
    expect(resolveRequest(root, '/', '/%E0%A4%A')).toEqual({ status: 400 });
    expect(resolveRequest(root, '/', '/ko/%')).toEqual({ status: 400 });
    expect(resolveRequest(root, '/', '/ko/%00')).toEqual({ status: 400 });
  });
  it('refuses a path that escapes into a sibling folder whose name starts like the root', () => {
    expect(resolveRequest(root, '/', '/../dist-other/secret.txt')).toEqual({ status: 403 });
    expect(resolveRequest(root, '/', '/%2e%2e/dist-other/secret.txt')).toEqual({ status: 403 });
    expect(resolveRequest(root, '/', '/../../etc/passwd')).toEqual({ status: 403 });
    expect(isInside(root, `${root}-other/secret.txt`)).toBe(false);
    expect(isInside(root, join(root, 'ko/index.html'))).toBe(true);
    expect(isInside(root, root)).toBe(true);
  });
  it('keeps to the base path', () => {
    expect(resolveRequest(root, '/kb/', '/kb/ko/')).toEqual({ status: 200, file: join(root, 'ko/index.html') });
    expect(resolveRequest(root, '/kb/', '/ko/')).toEqual({ status: 404 });
  });
  it('names the content types the downloads need', () => {
    expect(TYPES['.csv']).toBe('text/csv; charset=utf-8');
    expect(TYPES['.json']).toContain('application/json');
  });
});

describe('parseAssets', () => {
  it('reads /url=file pairs, and refuses anything else', () => {
    expect(parseAssets(['/__t/tool.js=/opt/tool.js'])).toEqual(new Map([['/__t/tool.js', '/opt/tool.js']]));
    expect(() => parseAssets(['tool.js=/opt/tool.js'])).toThrow(/expected \/url=file/);
    expect(() => parseAssets(['/=x'])).toThrow(/expected \/url=file/);
  });
});

describe('the server', () => {
  const server = createDistServer(root, '/', parseAssets([`/__t/tool.js=${join(parent, 'tools/tool.js')}`]));
  let port = 0;
  beforeAll(() => new Promise<void>((done) => server.listen(0, '127.0.0.1', () => ((port = (server.address() as AddressInfo).port), done()))));
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  /** A raw GET: the path goes to the server exactly as written (no client-side normalisation). */
  const get = (path: string, { gzip = false } = {}) =>
    new Promise<{ status: number; body: string; type: string; cache: string }>((resolve, reject) => {
      const headers = gzip ? { 'accept-encoding': 'gzip' } : {};
      const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString();
          resolve({ status: res.statusCode ?? 0, body, type: String(res.headers['content-type'] ?? ''), cache: String(res.headers['cache-control'] ?? '') });
        });
      });
      req.on('error', reject);
      req.end();
    });

  it('answers 400 to a malformed URL and keeps serving', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect(await get('/ko/')).toMatchObject({ status: 200, body: 'ko' });
  });
  it('answers 403 to a path into a sibling folder, and never sends its content', async () => {
    const response = await get('/../dist-other/secret.txt');
    expect(response.status).toBe(403);
    expect(response.body).not.toContain('secret');
  });
  it('serves 404.html for a missing page, redirects a folder without its slash, and types a CSV', async () => {
    expect(await get('/gone/')).toMatchObject({ status: 404, body: 'missing' });
    expect((await get('/ko')).status).toBe(301);
    expect(await get('/data/x.csv')).toMatchObject({ status: 200, type: 'text/csv; charset=utf-8' });
  });
  it('serves a file from outside the folder at its exact path only, cacheable; the site itself is not', async () => {
    expect(await get('/__t/tool.js')).toMatchObject({ status: 200, body: 'tool()', type: 'text/javascript; charset=utf-8', cache: 'public, max-age=31536000, immutable' });
    expect((await get('/__t/')).status).toBe(404);
    expect((await get('/__t/tool.js/')).status).toBe(404);
    expect((await get('/ko/')).cache).toBe('');
  });
  it('sends a rebuilt page, not the gzip it made of the page before', async () => {
    const page = join(root, 'rebuilt', 'index.html');
    mkdirSync(join(page, '..'), { recursive: true });
    writeFileSync(page, 'build one');
    expect(await get('/rebuilt/', { gzip: true })).toMatchObject({ status: 200, body: 'build one' });
    writeFileSync(page, 'build two');
    // The same size as before, so only its time tells it apart, set apart from the first write's as a
    // rebuild's would be, whatever the clock's grain.
    utimesSync(page, new Date(), new Date(Date.now() + 5000));
    expect(await get('/rebuilt/', { gzip: true })).toMatchObject({ status: 200, body: 'build two' });
  });
});
