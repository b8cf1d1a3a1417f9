import { mkdirSync } from 'node:fs';
import { expect, test } from '../support/fixtures';
import { SCREENSHOTS } from '../support/layout';
import { served } from '../support/quality';
import { pngSize, screenshot } from '../support/screenshot';

/**
 * The reading design beyond one page per template (which templates.spec.ts checks at three widths,
 * in the same visit as axe): the first screen of the article, the search page with results and the
 * lineage page at 390, 1280 and 1440 px, light and dark, both languages, written for review
 * (test-results/screenshots/); tables that scroll in their own frame; print; visible focus.
 */
test.describe('reading design', () => {
  // The pages a reader spends longest on, as a phone, a laptop and a wide screen show them, in both
  // colour schemes: the article (sidenotes and contents in the margins from 75rem), the search page
  // with results (the first result on a phone's first screen), the lineage page (the timeline).
  // First screens only: what a reader sees on arrival, and cheap to encode.
  const REVIEW_WIDTHS = [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
  ] as const;
  const REVIEW_PAGES = [
    { name: 'article', path: (lang: string) => `/${lang}/article/` },
    { name: 'search-results', path: (lang: string) => `/${lang}/search/?q=${encodeURIComponent(lang === 'ko' ? '도시외교' : 'city diplomacy')}` },
    { name: 'lineage', path: (lang: string) => `/${lang}/lineage/` },
  ] as const;
  for (const { name, path } of REVIEW_PAGES) {
    test(`${name}: screenshots at ${REVIEW_WIDTHS.map((w) => w.width).join(', ')} px, light and dark, in both languages`, async ({ page }) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const lang of ['ko', 'en']) {
        await page.setViewportSize(REVIEW_WIDTHS[0]);
        await page.goto(served(path(lang)));
        if (name === 'search-results') await expect(page.locator('.search-result').first()).toBeVisible();
        for (const viewport of REVIEW_WIDTHS) {
          await page.setViewportSize(viewport);
          for (const colorScheme of ['light', 'dark'] as const) {
            await page.emulateMedia({ colorScheme });
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
            const shot = await screenshot(page, `${SCREENSHOTS}/review-${name}-${lang}-${viewport.width}-${colorScheme}.png`);
            expect(shot.byteLength).toBeGreaterThan(5_000);
            expect(pngSize(shot)).toEqual(viewport);
          }
        }
      }
    });
  }

  test('tables scroll inside their own frame on a narrow screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/ko/strategy/seoul/');
    const frame = page.locator('.table-scroll').first();
    const { scrollWidth, clientWidth, overflowX } = await frame.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, overflowX: getComputedStyle(el).overflowX }));
    expect(overflowX).toBe('auto');
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await expect(frame).toHaveAttribute('tabindex', '0');
  });

  test('print hides the navigation and repeats table headers', async ({ page }) => {
    await page.goto('/en/strategy/bogota-action-agenda/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav')).toBeHidden();
    await expect(page.locator('.language-switch')).toBeHidden();
    const display = await page.locator('.data-table thead').first().evaluate((el) => getComputedStyle(el).display);
    expect(display).toBe('table-header-group');
    // Rows keep out of page breaks; a row opening a group (its rowspan cell spans the group) may
    // break, or Chromium would push the whole group to the next page — its own cells still avoid it.
    const breaks = await page.locator('.data-table tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({ opensGroup: row.querySelector(':scope > th.group-cell') !== null, row: getComputedStyle(row).breakInside, cells: [...row.querySelectorAll(':scope > td')].map((td) => getComputedStyle(td).breakInside) })),
    );
    expect(breaks.length).toBe(16);
    for (const { opensGroup, row, cells } of breaks) {
      if (!opensGroup) expect(row).toBe('avoid');
      expect(cells.every((c) => c === 'avoid')).toBe(true);
    }
  });

  test('focus is visible on links and controls', async ({ page }) => {
    await page.goto('/ko/article/');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.tag).toBe('A');
    expect(outline.outline).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  });
});
