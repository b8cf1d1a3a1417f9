import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { listed, representatives, served } from '../support/quality';

/**
 * axe-core (WCAG 2.2 AA) in the light and the dark colour scheme on the pages that stand for the
 * site: one page of every template (the route files under src/pages) in each language, the extreme
 * entries of the templates that make many pages (the most bytes, the most notes, the longest
 * table: the biggest glossary entry, the organisation with the most notes…), and the search page,
 * the one interactive page, in its three states: no query, results, no result.
 *
 * The dark pass runs only the rules that depend on colour: a colour scheme changes no markup (the
 * test checks that the DOM is the same), so the other rules would see the same thing twice.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** The interface strings (the search status lines), as the site has them. */
const strings = (lang: string) => JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;

/** axe in light (every WCAG rule) then dark (the colour rules), on the page as it is now. */
async function axeBothSchemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  if ((await page.locator('iframe, frame').count()) > 0) found.push('the page has frames: run axe in its frame-aware mode');
  let lightDom = '';
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const dom = await page.evaluate(() => document.body.outerHTML);
    if (colorScheme === 'light') lightDom = dom;
    else if (dom !== lightDom) found.push('[dark] the markup differs from light: the dark pass would need every rule');
    // Legacy mode runs axe.run in the page itself: the site has no frames (checked above), and the
    // frame-aware mode serialises every node into a second page, three to four times slower.
    // Only violations are reported in full; passes and incomplete results are not collected.
    const axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
    const results = await (colorScheme === 'light' ? axe.withTags(TAGS) : axe.withRules(COLOUR_RULES)).analyze();
    for (const violation of results.violations) {
      for (const node of violation.nodes) {
        found.push(`[${colorScheme}] ${violation.id} (${violation.impact ?? ''}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? violation.help}`);
      }
    }
  }
  return found;
}

const status = (page: Page) => page.locator('[data-search-status]');

for (const { url, template, reasons } of representatives()) {
  test(`axe: ${url} (${template}; ${reasons.join(', ')}) in light and dark`, async ({ page }) => {
    test.slow(); // long pages with tables take axe a few seconds
    await page.goto(served(url));
    // The search page, with no query: wait until its script has said what to do.
    if ((await status(page).count()) > 0) await expect(status(page)).not.toBeEmpty();
    const found = await axeBothSchemes(page);
    expect(found, `axe violations on ${url}:\n${listed(found)}`).toEqual([]);
  });
}

test.describe('the search page with a query', () => {
  const QUERIES = { ko: '도시외교', en: 'city diplomacy' } as const;
  for (const lang of ['ko', 'en'] as const) {
    test(`axe: /${lang}/search/ with results, in light and dark`, async ({ page }) => {
      await page.goto(served(`/${lang}/search/?q=${encodeURIComponent(QUERIES[lang])}`));
      await expect(page.locator('.search-result').first()).toBeVisible();
      await expect(page.locator('.search-result__excerpt mark').first()).toBeVisible();
      const found = await axeBothSchemes(page);
      expect(found, `axe violations on /${lang}/search/ with results:\n${listed(found)}`).toEqual([]);
    });

    test(`axe: /${lang}/search/ with no result, in light and dark`, async ({ page }) => {
      const query = '!!!???';
      await page.goto(served(`/${lang}/search/?q=${encodeURIComponent(query)}`));
      const none = strings(lang)['search.status.none']!.replace('{query}', query);
      await expect(status(page)).toHaveText(none);
      await expect(page.locator('.search-result')).toHaveCount(0);
      const found = await axeBothSchemes(page);
      expect(found, `axe violations on /${lang}/search/ with no result:\n${listed(found)}`).toEqual([]);
    });
  }
});
