/**
 * Measurements in Chromium (Playwright, the system browser): what a page loads at start, what it
 * loads lazily, and what a search query costs. Every response body is gzipped at level 9 to count
 * its bytes as a compressing static host would send them; each load is made in a fresh context
 * (cold cache).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Response } from '@playwright/test';
import { CHROMIUM_ARGS, findHeadlessChromium } from '../lib/chromium';
import { resourceClass, type PageKind, type PageWeight, type SearchCost } from './budgets';

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findHeadlessChromium(), args: CHROMIUM_ARGS });
}

interface Counted {
  url: string;
  kind: 'html' | 'css' | 'js' | 'other';
  bytes: number;
}

/** Records every response of a context; `settle` waits until all bodies have been counted. */
function recorder(context: BrowserContext) {
  const counted: Counted[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    pending.push(
      (async () => {
        const request = response.request();
        let body: Buffer;
        try {
          body = await response.body();
        } catch {
          return; // redirects and aborted requests have no body
        }
        counted.push({
          url: response.url(),
          kind: resourceClass(request.resourceType(), response.headers()['content-type'] ?? '', response.url()),
          bytes: gzipSync(body, { level: 9 }).length,
        });
      })(),
    );
  };
  context.on('response', onResponse);
  return {
    counted,
    /** Waits for the bodies counted so far; returns them and starts a new tally. */
    async take(): Promise<Counted[]> {
      await Promise.all(pending.splice(0));
      return counted.splice(0);
    },
  };
}

const sum = (items: Counted[], kind?: Counted['kind']) => items.filter((c) => !kind || c.kind === kind).reduce((n, c) => n + c.bytes, 0);

/** Loads a page cold, counts everything until `load`, then wakes the search launcher and counts what that fetches. */
export async function measurePage(browser: Browser, origin: string, kind: PageKind, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const tally = recorder(context);
  const page = await context.newPage();
  await page.goto(origin + path, { waitUntil: 'load' });
  const atStart = await tally.take();
  const launcher = page.locator('[data-search-launcher]').first();
  if ((await launcher.count()) > 0) {
    await launcher.hover();
    await launcher.focus();
  }
  await page.waitForLoadState('networkidle');
  const lazy = await tally.take();
  await context.close();
  return {
    kind,
    path,
    requests: atStart.length,
    html: sum(atStart, 'html'),
    css: sum(atStart, 'css'),
    jsAtStart: sum(atStart, 'js'),
    jsLazy: sum(lazy, 'js'),
    other: sum(atStart, 'other'),
    total: sum(atStart),
  };
}

/**
 * Opens `/<lang>/search/?q=…` cold and waits for the first result in `[data-search-results] li`.
 * Bytes are those of everything but the page's own HTML and CSS: the search code and the index.
 */
export async function measureSearch(browser: Browser, origin: string, searchPath: string, lang: 'ko' | 'en', query: string): Promise<SearchCost> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const tally = recorder(context);
  const page = await context.newPage();
  await page.goto(`${origin}${searchPath}?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  const first = page.locator('[data-search-results] li').first();
  await first.waitFor({ state: 'visible', timeout: 30_000 });
  const ms = await page.evaluate(() => performance.now());
  await page.waitForLoadState('networkidle');
  const results = await page.locator('[data-search-results] > li').count();
  const all = await tally.take();
  await context.close();
  const searchOnly = all.filter((c) => c.kind !== 'html' && c.kind !== 'css');
  return { lang, query, bytes: sum(searchOnly), requests: searchOnly.length, msToFirstResult: Math.round(ms), results };
}
