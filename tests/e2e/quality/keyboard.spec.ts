import { expect, test, type Page } from '@playwright/test';
import { LANGUAGE_PAGES, PAGES, builtSite, served } from '../../support/quality';

// A keyboard walk on every page that has the site chrome (every page in a language folder).
test('every page in a language folder has the site header and a skip link', () => {
  const missing = LANGUAGE_PAGES.filter((p) => {
    const html = builtSite().pages.get(p) ?? '';
    return !html.includes('class="skip-link"') || !html.includes('class="site-header"');
  });
  expect(missing).toEqual([]);
  expect(LANGUAGE_PAGES.length).toBeGreaterThan(0);
  expect(PAGES.length).toBeGreaterThanOrEqual(LANGUAGE_PAGES.length);
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

for (const path of LANGUAGE_PAGES) {
  test(`${path}: Tab reaches the skip link first, which moves focus to main; header links are reachable with a visible focus`, async ({ page }) => {
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
