import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { listed, PAGES, served } from '../support/quality';

/**
 * One visit to every built page, at 320 px, that collects in the same visit everything only a
 * browser can see: the answer's status, the language and the single h1 once scripts have run,
 * console errors and uncaught exceptions, requests to another origin (refused, so nothing leaves
 * the machine), Content-Security-Policy violations, and sideways scrolling. The search launcher is
 * woken on every page, and a search is made on the search pages, so that lazily loaded code (the
 * launcher's, Pagefind's script, WebAssembly and index) is seen too.
 * One test; a failure lists every page at fault with what went wrong there.
 */
const WIDTH = 320;
/** The search status while nothing has been searched yet or a search is running, in both languages. */
const PENDING = ['ko', 'en'].flatMap((lang) => {
  const strings = JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
  return ['', strings['search.status.idle'] ?? '', strings['search.status.loading'] ?? ''];
});
/** Two tabs share the list: the pages are independent, and one tab waits while the other works. */
const TABS = 2;

/** Requests in flight on a page, to wait until it is quiet (all requests are to 127.0.0.1). */
function inflight(page: Page) {
  let count = 0;
  page.on('request', () => (count += 1));
  page.on('requestfinished', () => (count -= 1));
  page.on('requestfailed', () => (count -= 1));
  return {
    /** Resolves once nothing has been in flight for two checks in a row, 25 ms apart. */
    async quiet(timeoutMs = 10_000): Promise<void> {
      const until = Date.now() + timeoutMs;
      let calm = 0;
      while (calm < 2 && Date.now() < until) {
        await page.waitForTimeout(25);
        calm = count <= 0 ? calm + 1 : 0;
      }
    },
  };
}

/** Visits one page and returns what is wrong there. */
async function visit(page: Page, path: string, network: ReturnType<typeof inflight>, seen: { console: string[]; foreign: string[]; violations: string[] }): Promise<string[]> {
  seen.console.length = 0;
  seen.foreign.length = 0;
  seen.violations.length = 0;
  const problems: string[] = [];
  const response = await page.goto(served(path), { waitUntil: 'load' });
  const expected = path === '/404.html' ? [200, 404] : [200];
  if (!expected.includes(response?.status() ?? 0)) problems.push(`status ${response?.status()}`);
  // Wake whatever loads lazily (the search launcher, the search page's index) so its requests are
  // seen too. The launcher gets the events a pointer and the keyboard would give it, dispatched in
  // the page: Playwright's hover() first waits for the element to be stable and scrolls it into
  // view, a third of a visit's time on a 320 px page, and the crawl needs the listeners, not the
  // pointer (the benchmark hovers for real when it counts lazily loaded code).
  await page.evaluate(() => {
    const launcher = document.querySelector<HTMLElement>('[data-search-launcher]');
    if (!launcher) return;
    for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter']) launcher.dispatchEvent(new PointerEvent(type, { bubbles: !type.endsWith('enter') }));
    launcher.focus();
  });
  // On the search page, search (Enter, past the typing debounce) and wait for the outcome, so that
  // Pagefind's script, WebAssembly and index load under the page's CSP in this visit.
  // Asked in the page, not with a locator: a page's first locator call injects Playwright's
  // selector engine into it, about 0.1 s of CPU on each of the ~190 pages.
  if (await page.evaluate(() => document.querySelector('main input[type="search"]') !== null)) {
    const search = page.locator('main input[type="search"]').first();
    await search.fill('UCLG');
    await search.press('Enter');
    const settled = await page
      .waitForFunction((pending) => !pending.includes(document.querySelector('[data-search-status]')?.textContent?.trim() ?? ''), PENDING, { timeout: 15_000 })
      .then(() => true)
      .catch(() => false);
    if (!settled) problems.push('a search for "UCLG" never finished');
  }
  await network.quiet();
  const state = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    h1: document.querySelectorAll('h1').length,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    violations: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
  }));
  const lang = path.startsWith('/en/') ? 'en' : 'ko';
  if (state.lang !== lang) problems.push(`<html lang="${state.lang}">, expected "${lang}"`);
  if (state.h1 !== 1) problems.push(`${state.h1} h1 elements after scripts ran, expected 1`);
  if (state.scrollWidth > state.clientWidth + 1) problems.push(`scrolls sideways at ${WIDTH} px: ${state.scrollWidth} px wide`);
  problems.push(...seen.console.map((m) => `console: ${m}`));
  problems.push(...seen.foreign.map((u) => `request to another origin: ${u}`));
  problems.push(...[...new Set([...seen.violations, ...state.violations])].map((v) => `CSP: ${v}`));
  return problems;
}

/** A tab that records console errors, foreign requests and CSP violations for `visit`. */
async function tab(context: BrowserContext, origin: string) {
  const page = await context.newPage();
  const seen = { console: [] as string[], foreign: [] as string[], violations: [] as string[] };
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to/i.test(text)) seen.violations.push(text);
    else if (message.type() === 'error') seen.console.push(text);
  });
  page.on('pageerror', (error) => seen.console.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:' && !seen.foreign.includes(request.url())) seen.foreign.push(request.url());
  });
  return { page, seen, network: inflight(page) };
}

/**
 * A context set up for the crawl: 320 px, CSP violations seen by the page. A request to another
 * origin is recorded (in `tab`) and fails in the browser, which resolves no other host
 * (CHROMIUM_ARGS): nothing leaves the machine.
 */
async function crawlContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 640 } });
  // Violations as the page sees them (every one is also logged to the console, checked as well).
  await context.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = found;
    document.addEventListener('securitypolicyviolation', (e) => found.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  return context;
}

test('every page, visited once at 320 px: answers, one h1, no console error, no request elsewhere, no CSP violation, no sideways scroll', async ({ browser, baseURL }) => {
  test.setTimeout(Math.max(120_000, PAGES.length * 4_000));
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const context = await crawlContext(browser);
  const tabs = await Promise.all(Array.from({ length: TABS }, () => tab(context, origin)));
  const queue = [...PAGES];
  const faults: string[] = [];
  await Promise.all(
    tabs.map(async ({ page, seen, network }) => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const problems = await visit(page, path, network, seen);
        faults.push(...problems.map((p) => `${path}: ${p}`));
      }
    }),
  );
  await context.close();
  expect(PAGES.length).toBeGreaterThan(20);
  faults.sort();
  expect(faults, `${new Set(faults.map((f) => f.split(': ')[0])).size} page(s) at fault:\n${listed(faults)}`).toEqual([]);
});

// The crawl's checks can fail: a fixture page served in place of one path breaks each of them.
test('the crawl reports every fault of a broken page: status, language, h1s, console, another origin, CSP, sideways scroll', async ({ browser, baseURL }) => {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const context = await crawlContext(browser);
  const broken = `<!doctype html><html lang="ko"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; img-src 'self' https://images.example.org; style-src 'self' 'unsafe-inline'">
    <title>broken</title></head><body><h1>one</h1><h1>two</h1>
    <div style="width: 2000px">wide</div><img src="https://images.example.org/pixel.png" alt="">
    <script src="/__crawl-fixture/error.js"></script><script>document.title = 'inline';</script></body></html>`;
  await context.route(`${origin}/en/__crawl-fixture/`, (route) => route.fulfill({ status: 500, contentType: 'text/html; charset=utf-8', body: broken }));
  await context.route(`${origin}/__crawl-fixture/error.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: "console.error('boom'); throw new Error('uncaught boom');" }));
  const { page, seen, network } = await tab(context, origin);
  const problems = await visit(page, '/en/__crawl-fixture/', network, seen);
  await context.close();
  const kinds = ['status 500', '<html lang="ko">, expected "en"', '2 h1 elements', 'scrolls sideways at 320 px', 'console: boom', 'console: uncaught: uncaught boom', 'request to another origin: https://images.example.org/pixel.png', 'CSP: '];
  for (const kind of kinds) expect(problems.some((p) => p.startsWith(kind)), `no "${kind}…" among:\n${listed(problems)}`).toBe(true);
});
