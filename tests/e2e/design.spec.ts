import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from '../support/site';

const WIDTHS = [320, 768, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
const SCREENSHOTS = 'test-results/screenshots';
const KEY_PAGES = ['/ko/', '/en/', '/ko/article/', '/en/article/', '/ko/article/parallel/', '/en/strategy/seoul/', '/ko/strategy/bogota-action-agenda/', '/ko/lineage/', '/en/lineage/'];
const pages = builtPages().filter((p) => p.endsWith('/'));

/** Elements that cut their own text: overflow hidden/clip with content wider or taller than the box. */
async function clippedText(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((el) => {
        const style = getComputedStyle(el);
        const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
        return clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) && (el.textContent ?? '').trim() !== '';
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 40)}`),
  );
}

async function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

test.describe('reading design', () => {
  for (const path of pages) {
    test(`${path} does not scroll sideways at 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      expect(await pageScrollsSideways(page)).toBe(false);
    });
  }

  for (const path of KEY_PAGES) {
    for (const width of WIDTHS) {
      for (const scheme of SCHEMES) {
        test(`${path} at ${width} px, ${scheme}: no sideways scroll, nothing clipped`, async ({ page }) => {
          await page.emulateMedia({ colorScheme: scheme });
          await page.setViewportSize({ width, height: 900 });
          await page.goto(path);
          expect(await pageScrollsSideways(page)).toBe(false);
          expect(await clippedText(page, '.site-header *, .data-table th, .data-table td, .table-title')).toEqual([]);
          // Diagram labels stay inside the drawing.
          const outside = await page.locator('.diagram svg').evaluateAll((svgs) =>
            svgs.flatMap((svg) => {
              const frame = svg.getBoundingClientRect();
              return [...svg.querySelectorAll('text')]
                .map((t) => t.getBoundingClientRect())
                .filter((r) => r.width > 0 && (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1))
                .map((r) => `${Math.round(r.left)}-${Math.round(r.right)} outside ${Math.round(frame.left)}-${Math.round(frame.right)}`);
            }),
          );
          expect(outside).toEqual([]);
        });
      }
    }
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

  test('screenshots for review', async ({ page }) => {
    test.setTimeout(120_000);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const shots = { home: '/ko/', article: '/ko/article/', parallel: '/en/article/parallel/', 'strategy-table': '/ko/strategy/seoul/', lineage: '/en/lineage/' };
    for (const [name, path] of Object.entries(shots)) {
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        const file = `${SCREENSHOTS}/${name}-${width}.png`;
        await page.screenshot({ path: file, fullPage: width === 1280 && name !== 'article' && name !== 'parallel' });
        expect((await page.screenshot()).byteLength).toBeGreaterThan(5_000);
      }
    }
  });
});
