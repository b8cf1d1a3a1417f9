import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { STRATEGY_TABLES as TABLES } from '../support/strategy-tables';

const LANGS = ['ko', 'en'] as const;

// What the markup and the files say without a browser (each table's rows, its row-group headers and
// row links, the CSV and JSON downloads) is checked over dist/: tests/dist/strategy.test.ts. Here:
// the index, the CSS-only filter with scripts off, and the printed page.

const visibleRows = (page: Page, table: string) => page.locator(`#${table} tbody tr`).filter({ visible: true });

for (const lang of LANGS) {
  test(`${lang}: the strategy index introduces and links both tables`, async ({ page }) => {
    await page.goto(`/${lang}/strategy/`);
    for (const t of TABLES) {
      await expect(page.locator(`main a[href="/${lang}/${t.path}"]`).first()).toBeVisible();
      await expect(page.locator(`main a[href="/${lang}/data/${t.dataset}.csv"]`)).toHaveCount(1);
      await expect(page.locator(`main a[href="/data/${t.dataset}.json"]`)).toHaveCount(1);
    }
  });
}

test.describe('filtering without JavaScript', () => {
  // The filter is CSS only (:has on the checked radio): it must work with scripts off.
  test.use({ javaScriptEnabled: false });

  for (const lang of LANGS) {
    for (const t of TABLES) {
      test(`${lang}/${t.path}: a group radio narrows the table to that group, "all" shows it whole`, async ({ page }) => {
        await page.goto(`/${lang}/${t.path}`);
        const filter = page.locator(`#${t.table} fieldset.table-filter`);
        await expect(filter.locator('input[type="radio"]')).toHaveCount(Object.keys(t.groups).length + 1);
        // Nothing chosen but "all": the whole table.
        await expect(filter.locator('input[value=""]')).toBeChecked();
        await expect(visibleRows(page, t.table)).toHaveCount(t.rows);
        for (const [group, count] of Object.entries(t.groups)) {
          await filter.locator(`label:has(input[value="${group}"])`).click();
          await expect(filter.locator(`input[value="${group}"]`)).toBeChecked();
          await expect(visibleRows(page, t.table)).toHaveCount(count);
          await expect(page.locator(`#${t.table} tbody[data-group="${group}"]`)).toBeVisible();
          await expect(page.locator(`#${t.table} tbody:not([data-group="${group}"])`).filter({ visible: true })).toHaveCount(0);
          // The group cells of the group shown still span its rows.
          await expect(page.locator(`#${t.table} tbody[data-group="${group}"] th.group-cell--0`)).toHaveAttribute('rowspan', String(count));
        }
        await filter.locator('label:has(input[value=""])').click();
        await expect(visibleRows(page, t.table)).toHaveCount(t.rows);
      });
    }
  }
});

test.describe('printing', () => {
  for (const t of TABLES) {
    test(`ko/${t.path}: print media shows the whole table with a repeated header, the source and the address, no navigation`, async ({ page }) => {
      await page.goto(`/ko/${t.path}`);
      // Choose a group first: print must still show the whole table.
      const group = Object.keys(t.groups)[1]!;
      await page.locator(`#${t.table} label:has(input[value="${group}"])`).click();
      await expect(visibleRows(page, t.table)).toHaveCount(t.groups[group as keyof typeof t.groups]);
      await expect(page.locator('.print-url')).toBeHidden();

      await page.emulateMedia({ media: 'print' });
      await expect(visibleRows(page, t.table)).toHaveCount(t.rows);
      expect(await page.locator(`#${t.table} thead`).evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
      for (const chrome of ['.site-header', '.site-nav', '.breadcrumb', '.table-filter', '.table-downloads', '.strategy-downloads', '.row-anchor']) {
        await expect(page.locator(chrome).filter({ visible: true }), chrome).toHaveCount(0);
      }
      const address = page.locator('.print-url');
      await expect(address).toBeVisible();
      await expect(address).toContainText(new RegExp(`^.*https?://[^ ]+/ko/${t.path.replace(/\//g, '\\/')}$`));
      await expect(page.locator('.strategy-origin')).toBeVisible();
      if (t.table === 'table-3') await expect(page.locator(`#${t.table} .table-source`)).toBeVisible();
      // Rows are kept whole: no row may break across pages.
      expect(await page.locator(`#${t.table} tbody td`).first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');

      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      const text = pdf.toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      const pages = text.match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(4);
      // A4 is 595 × 842 points.
      expect(text).toMatch(/\/MediaBox\s*\[\s*0\s+0\s+59[45](?:\.\d+)?\s+84[12](?:\.\d+)?\s*\]/);
    });
  }
});
