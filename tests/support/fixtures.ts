/**
 * The browser tests' `test`: Playwright's, with one change — `page` is a tab kept for the whole
 * worker instead of a new browser context and tab for every test. Opening a tab starts a renderer
 * process, about half a second of CPU on these machines; with ~190 tests that was a third of the
 * browser suite's time (measured: 40 one-page tests in 22.6 s with a fresh page each, 8.8 s with
 * this fixture).
 *
 * Isolation is restored between tests instead: every test starts on about:blank (a new document,
 * so nothing of the last page survives, not even a same-page fragment navigation), at the
 * configured viewport, light colour scheme, screen media, with no listeners and no routes left by
 * the last test. Options that a tab cannot change (JavaScript off, touch, mobile) get a tab of
 * their own, kept likewise. A test that needs a context of its own (init scripts, routes for the
 * whole context, several tabs) still makes one from `browser`.
 */
import { test as base, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

interface Tab {
  context: BrowserContext;
  page: Page;
}

export const test = base.extend<object, { tabs: Map<string, Tab> }>({
  tabs: [
    async ({}, use) => {
      const tabs = new Map<string, Tab>();
      await use(tabs);
      await Promise.all([...tabs.values()].map((tab) => tab.context.close()));
    },
    { scope: 'worker' },
  ],

  page: async ({ browser, tabs, baseURL, viewport, javaScriptEnabled, hasTouch, isMobile, userAgent, deviceScaleFactor, locale, screen }, use) => {
    // What a context fixes at creation; the viewport and media are reset on the tab below.
    const fixed = Object.fromEntries(
      Object.entries({ baseURL, javaScriptEnabled, hasTouch, isMobile, userAgent, deviceScaleFactor, locale, screen }).filter(([, value]) => value !== undefined),
    ) as BrowserContextOptions;
    const key = JSON.stringify(fixed);
    let tab = tabs.get(key);
    if (!tab || tab.page.isClosed()) {
      const context = tab?.context ?? (await browser.newContext({ ...fixed, ...(viewport ? { viewport } : {}) }));
      tab = { context, page: await context.newPage() };
      tabs.set(key, tab);
    }
    const { page } = tab;
    await page.goto('about:blank');
    if (viewport) await page.setViewportSize(viewport);
    await page.emulateMedia({ media: null, colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
    await use(page);
    page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await tab.context.clearCookies();
  },
});
