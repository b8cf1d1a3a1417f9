import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from '../support/fixtures';
import { listed, served } from '../support/quality';
import { axeBothSchemes, unexpected } from '../support/axe-pass';

/**
 * axe-core (WCAG 2.2 AA, tests/support/axe-pass.ts) on the search page, the one interactive page,
 * with a query: no result, then results with the filters open, in light and dark. Its third state,
 * no query, and one page of every template with the extreme entries are checked in the same visit
 * as their layout (templates.spec.ts).
 */

/** The interface strings (the search status lines), as the site has them. */
const strings = (lang: string) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;

const status = (page: Page) => page.locator('[data-search-status]');

test.describe('the search page with a query', () => {
  const QUERIES = { ko: '도시외교', en: 'city diplomacy' } as const;
  for (const lang of ['ko', 'en'] as const) {
    // Both states in one document, as a reader reaches them: a query that finds nothing, then one
    // that finds results, typed into the page's own field (axe is injected once for both).
    test(`axe: /${lang}/search/ with no result, then with results and the filters open, in light and dark`, async ({ page }) => {
      const nothing = '!!!???';
      await page.goto(served(`/${lang}/search/?q=${encodeURIComponent(nothing)}`));
      await expect(status(page)).toHaveText(strings(lang)['search.status.none']!.replace('{query}', nothing));
      await expect(page.locator('.search-result')).toHaveCount(0);
      const found = unexpected(`/${lang}/search/ with no result`, await axeBothSchemes(page));

      const input = page.locator('main input[type="search"]').first();
      await input.fill(QUERIES[lang]);
      await input.press('Enter');
      await expect(page.locator('.search-result').first()).toBeVisible();
      await expect(page.locator('.search-result__excerpt mark').first()).toBeVisible();
      // With the filters unfolded, as a reader has them when choosing one: axe then sees their
      // controls and colours too.
      const filters = page.locator('details[data-search-filters]');
      if ((await filters.getAttribute('open')) === null) await filters.locator('summary').click();
      await expect(filters).toHaveAttribute('open', '');
      await expect(filters.locator('input').first()).toBeVisible();
      found.push(...unexpected(`/${lang}/search/ with results`, await axeBothSchemes(page)));
      expect(found, `axe violations on /${lang}/search/ with no result and with results:\n${listed(found)}`).toEqual([]);
    });
  }
});
