import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { layoutSample, served } from '../support/quality';

/**
 * A keyboard walk once per layout and language (the layouts the route files under src/pages use;
 * one page of each, tests/support/templates.ts): the skip link comes first and moves focus to
 * main, and every header link is reached by Tab with a visible focus. The header and skip link
 * are present on every page of a language folder: tests/dist/ checks that statically.
 */
const SAMPLE = layoutSample();

test('the walk covers every layout in both languages', () => {
  const layouts = new Set(SAMPLE.map((s) => s.layout));
  expect(layouts.size).toBeGreaterThan(0);
  for (const layout of layouts) expect(SAMPLE.filter((s) => s.layout === layout).map((s) => s.lang).sort(), layout).toEqual(['en', 'ko']);
});

/** What has focus now, and whether it shows a visible focus outline. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      className: typeof el.className === 'string' ? el.className : '',
      href: el.getAttribute('href') ?? '',
      text: (el.textContent ?? '').trim().slice(0, 40),
      inHeader: !!el.closest('header.site-header'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
      selector: el.matches('.skip-link') ? 'skip' : el.matches('.site-nav a') ? 'nav' : el.matches('[data-language-switch]') ? 'lang' : el.matches('[data-search-launcher]') ? 'search' : el.matches('.site-title') ? 'title' : 'other',
    };
  });
}

for (const { layout, url: path } of SAMPLE) {
  test(`${layout} layout, ${path}: Tab reaches the skip link first, which moves focus to main; header links are reachable with a visible focus`, async ({ page }) => {
    await page.goto(served(path));
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first?.selector, `first Tab stop is ${JSON.stringify(first)}`).toBe('skip');
    expect(first?.outline, 'the skip link shows no focus outline').toBe(true);
    expect(first?.visible, 'the focused skip link is not visible').toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(page.url()).toMatch(/#main$/);

    // From the top again: every header link in turn, each with a focus outline.
    await page.goto(served(path));
    await page.keyboard.press('Tab');
    const reached: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (!now || !now.inHeader) break;
      reached.push(now);
    }
    const kinds = new Set(reached.map((r) => r.selector));
    for (const kind of ['nav', 'lang', 'search'] as const) expect(kinds.has(kind), `no ${kind} link reached by Tab: ${JSON.stringify(reached.map((r) => r.text))}`).toBe(true);
    const navLinks = await page.locator('header.site-header .site-nav a').count();
    expect(reached.filter((r) => r.selector === 'nav')).toHaveLength(navLinks);
    const invisible = reached.filter((r) => !r.outline || !r.visible);
    expect(invisible, `header links with no visible focus indicator: ${JSON.stringify(invisible)}`).toEqual([]);
  });
}
