/**
 * What a first search costs a reader: the bytes fetched and the time until results show, for one
 * query typed on a search page opened fresh. Used by tests/e2e/search.spec.ts (the budgets) and
 * reusable by the benchmark:
 *
 *   const cost = await measureSearchCost(page, '/ko/search/', '도시외교');
 *   // { bytes: 101686, gzipBytes: 80560, msToResults: 180, results: 5, requests: [...], ... }
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request } from '@playwright/test';

export interface SearchCost {
  /** The search page's path (`/ko/search/`). */
  path: string;
  query: string;
  /**
   * Response body bytes as transferred (after any content encoding) of every request the search
   * made from typing the query until results show and the network is quiet: Pagefind's script,
   * WASM, index, fragments. The page's own HTML, CSS and script are counted apart, in
   * `pageBytes`; requests the search did not make (the favicon) are left out.
   */
  bytes: number;
  /**
   * The same, as a host that gzips text would send it: JavaScript and JSON sent uncompressed
   * are counted at their gzip size (Pagefind's index files are compressed already).
   */
  gzipBytes: number;
  /** Response header bytes of the same requests. */
  headerBytes: number;
  /** Body bytes the page itself fetched before the query (HTML, CSS, scripts). */
  pageBytes: number;
  /** Milliseconds from pressing Enter to the first result in the list. */
  msToResults: number;
  /** Results rendered. */
  results: number;
  /** Each request of the query: its URL path, body bytes and gzip-equivalent bytes. */
  requests: { path: string; bytes: number; gzipBytes: number }[];
}

/** The kinds of request a search makes: Pagefind's script (a module import) and its fetches. */
const SEARCH_REQUESTS = new Set(['script', 'fetch', 'xhr']);

/** Text a static host would compress when the server in use did not. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json)|image\/svg)/;

async function sizeOf(request: Request): Promise<{ body: number; headers: number; gzip: number }> {
  try {
    const sizes = await request.sizes();
    const response = await request.response();
    const headers = (await response?.allHeaders()) ?? {};
    let gzip = sizes.responseBodySize;
    if (response && !headers['content-encoding'] && COMPRESSIBLE.test(headers['content-type'] ?? '')) {
      gzip = Math.min(gzip, gzipSync(await response.body()).length);
    }
    return { body: sizes.responseBodySize, headers: sizes.responseHeadersSize, gzip };
  } catch {
    return { body: 0, headers: 0, gzip: 0 };
  }
}

interface Options {
  /** How long the network must be quiet to count the query as done (ms). */
  quietMs?: number;
  /** Give up after (ms). */
  timeoutMs?: number;
}

/**
 * Opens `path` in `page` (use a fresh context, so nothing is cached), types `query` into the
 * search box and submits it. The page must be the search page of this site.
 */
export async function measureSearchCost(page: Page, path: string, query: string, options: Options = {}): Promise<SearchCost> {
  const { quietMs = 400, timeoutMs = 15_000 } = options;
  const sizes = new Map<Request, Promise<{ body: number; headers: number; gzip: number }>>();
  let phase: 'page' | 'query' = 'page';
  const phaseOf = new Map<Request, 'page' | 'query'>();
  let inFlight = 0;
  let lastActivity = Date.now();

  const onRequest = (request: Request) => {
    phaseOf.set(request, phase);
    inFlight++;
    lastActivity = Date.now();
  };
  const onDone = (request: Request) => {
    inFlight--;
    lastActivity = Date.now();
    sizes.set(request, sizeOf(request));
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);

  try {
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.locator('.search--ready').waitFor({ timeout: timeoutMs });
    phase = 'query';
    const input = page.getByRole('searchbox');
    await input.fill(query);
    const started = Date.now();
    await input.press('Enter');
    await page.locator('.search-result').first().waitFor({ timeout: timeoutMs });
    const msToResults = Date.now() - started;
    const deadline = Date.now() + timeoutMs;
    while ((inFlight > 0 || Date.now() - lastActivity < quietMs) && Date.now() < deadline) await page.waitForTimeout(50);
    const results = await page.locator('.search-result').count();

    let bytes = 0;
    let headerBytes = 0;
    let pageBytes = 0;
    const requests: SearchCost['requests'] = [];
    let gzipBytes = 0;
    for (const [request, size] of sizes) {
      const { body, headers, gzip } = await size;
      if (phaseOf.get(request) === 'page') {
        pageBytes += body;
        continue;
      }
      if (!SEARCH_REQUESTS.has(request.resourceType())) continue;
      bytes += body;
      gzipBytes += gzip;
      headerBytes += headers;
      requests.push({ path: new URL(request.url()).pathname, bytes: body, gzipBytes: gzip });
    }
    return { path, query, bytes, gzipBytes, headerBytes, pageBytes, msToResults, results, requests };
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
  }
}
