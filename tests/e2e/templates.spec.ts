import { mkdirSync } from 'node:fs';
import { axeAsLoaded, axeBothSchemes, unexpected } from '../support/axe-pass';
import { expect, test } from '../support/fixtures';
import { layoutFaults, SCREENSHOTS, shotName } from '../support/layout';
import { listed, representatives, served } from '../support/quality';
import { pngSize, screenshot } from '../support/screenshot';

/**
 * The pages that stand for the site (tests/support/templates.ts: one page of every template in each
 * language, its heaviest, and the other extreme entries, derived from src/pages and the build),
 * each visited once for two checks:
 * - the reading design, on one page per template and language: no sideways scroll, no clipped text
 *   in the header and the tables, diagram labels inside their drawing, at three widths (and, where
 *   parts wait to be drawn, axe's target sizes as first loaded at 320 px); screenshots
 *   at 320 and 1280 px of each template once, Korean and English in turn by route file (encoding
 *   screenshots is the costly part). The dark scheme changes colours only (the dark-scheme gate of
 *   tests/dist/ checks that its CSS sets nothing but colour variables), so the layout is checked in
 *   light; every page is also loaded at 320 px by the crawl (crawl.spec.ts).
 * - axe-core (WCAG 2.2 AA) in light (every rule) and dark (the colour rules), on every one of them
 *   (tests/support/axe-pass.ts). The search page with a query is in a11y.spec.ts.
 */
const WIDTHS = [320, 768, 1280] as const;
const LAYOUT_HEIGHT = 900;
/** Pages up to three screens tall are shot whole at 1280 px; a longer page, its first screen (encoding a tall PNG costs seconds). */
const FULL_PAGE_MAX_HEIGHT = 2_700;
const PAGES = representatives();
/** One page per template and language: the layout is checked on these. */
const TEMPLATES = PAGES.filter((s) => s.reasons.includes('template'));
/** The pages shot for review: one per template, Korean and English in turn by route file. */
const SHOT = new Set(
  [...new Set(TEMPLATES.map((p) => p.template))].sort().map((template, i) => {
    const own = TEMPLATES.filter((p) => p.template === template);
    return (own.find((p) => p.lang === (i % 2 === 0 ? 'ko' : 'en')) ?? own[0]!).url;
  }),
);

test('every template is looked at in each of its languages, and shot once', () => {
  expect(TEMPLATES.length).toBeGreaterThan(5);
  const templates = new Set(PAGES.map((t) => t.template));
  expect(new Set(TEMPLATES.map((t) => t.template)).size).toBe(templates.size);
  expect(SHOT.size).toBe(templates.size);
  expect(new Set(TEMPLATES.filter((t) => SHOT.has(t.url)).map((t) => t.lang).filter(Boolean))).toEqual(new Set(['ko', 'en']));
});

for (const { url, template, lang, reasons } of PAGES) {
  const design = reasons.includes('template');
  const what = `${design ? `layout at ${WIDTHS.join(', ')} px${SHOT.has(url) ? ' with screenshots' : ''}; ` : ''}axe in light and dark`;
  test(`${url} (${template}; ${reasons.join(', ')}): ${what}`, async ({ page, viewport }) => {
    test.slow(); // long pages with tables take axe a few seconds
    if (design) await page.setViewportSize({ width: WIDTHS[0], height: LAYOUT_HEIGHT });
    await page.goto(served(url));

    if (design) {
      await test.step(`layout at ${WIDTHS.join(', ')} px`, async () => {
        mkdirSync(SCREENSHOTS, { recursive: true });
        const faults: string[] = [];
        // First, while the parts below the first screen are still undrawn placeholders.
        if (await page.evaluate(() => document.querySelector('.render-when-near') !== null)) faults.push(...unexpected(url, await axeAsLoaded(page)).map((v) => `${WIDTHS[0]} px: ${v}`));
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: LAYOUT_HEIGHT });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
          faults.push(...(await layoutFaults(page, `${width} px`)));
          if (SHOT.has(url) && (width === 320 || width === 1280)) {
            const whole = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
            const fullPage = width === 1280 && whole.height <= FULL_PAGE_MAX_HEIGHT;
            const shot = await screenshot(page, `${SCREENSHOTS}/${shotName(template, lang, width)}`, { fullPage });
            expect.soft(shot.byteLength).toBeGreaterThan(5_000);
            expect.soft(pngSize(shot)).toEqual(fullPage ? whole : { width, height: LAYOUT_HEIGHT });
          }
        }
        // Soft: axe still runs, and both lists are reported.
        expect.soft(faults, `layout faults on ${url}:\n${listed(faults)}`).toEqual([]);
      });
      // Back to the configured desktop viewport, where axe has always run.
      if (viewport) await page.setViewportSize(viewport);
    }

    await test.step('axe in light and dark', async () => {
      // The search page, with no query: wait until its script has said what to do.
      if (await page.evaluate(() => document.querySelector('[data-search-status]') !== null)) await expect(page.locator('[data-search-status]')).not.toBeEmpty();
      const found = unexpected(url, await axeBothSchemes(page));
      expect(found, `axe violations on ${url}:\n${listed(found)}`).toEqual([]);
    });
  });
}
