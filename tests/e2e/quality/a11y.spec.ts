import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGES, listed, served } from '../../support/quality';

// axe-core on every built page, in the light and the dark colour scheme. The dark pass runs only
// the rules that depend on colour (the rest see the same DOM), which halves the time on long pages.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

for (const path of PAGES) {
  test(`${path} has no WCAG 2.2 AA violation (axe) in light and dark`, async ({ page }) => {
    test.slow(); // long pages with tables take axe a few seconds
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      if (colorScheme === 'light') await page.goto(served(path));
      else await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      const axe = new AxeBuilder({ page });
      const results = await (colorScheme === 'light' ? axe.withTags(TAGS) : axe.withRules(COLOUR_RULES)).analyze();
      for (const violation of results.violations) {
        for (const node of violation.nodes) {
          found.push(`[${colorScheme}] ${violation.id} (${violation.impact ?? ''}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? violation.help}`);
        }
      }
    }
    expect(found, `axe violations on ${path}:\n${listed(found)}`).toEqual([]);
  });
}
