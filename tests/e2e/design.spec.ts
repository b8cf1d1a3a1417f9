import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { representatives, served } from '../support/quality';
import { pngSize, screenshot } from '../support/screenshot';

/**
 * The reading design on one page of every template in each language (tests/support/templates.ts):
 * no sideways scroll, no clipped text in the header and the tables, diagram labels inside their
 * drawing, at three widths; and screenshots at 320 and 1280 px for review
 * (test-results/screenshots/), of each template once, Korean and English in turn by route file
 * (encoding screenshots is the costly part); and the first screen of the article, the search page
 * with results and the lineage page at 390, 1280 and 1440 px, light and dark, both languages.
 * Every page of both languages is also loaded at 320 px by the crawl (crawl.spec.ts), which checks
 * it does not scroll sideways. The dark colour scheme changes colours only (the dark-scheme gate
 * of tests/dist/ checks that its CSS sets nothing but colour variables), so the layout is checked
 * once, in light; axe checks the colours of both schemes (a11y.spec.ts).
 */
const WIDTHS = [320, 768, 1280] as const;
const SCREENSHOTS = 'test-results/screenshots';
/** Pages up to three screens tall are shot whole at 1280 px; a longer page, its first screen (encoding a tall PNG costs seconds). */
const FULL_PAGE_MAX_HEIGHT = 2_700;
/** One page per template and language. */
const TEMPLATES = representatives().filter((s) => s.reasons.includes('template'));
/** The pages shot for review: one per template, Korean and English in turn by route file. */
const SHOT = new Set(
  [...new Set(TEMPLATES.map((p) => p.template))].sort().map((template, i) => {
    const own = TEMPLATES.filter((p) => p.template === template);
    return (own.find((p) => p.lang === (i % 2 === 0 ? 'ko' : 'en')) ?? own[0]!).url;
  }),
);

// The checks below ask the page itself (page.evaluate), not locators: a page's first locator call
// injects Playwright's selector engine into it, about 0.1 s of CPU a page.

/** Elements that cut their own text: overflow hidden/clip with content wider or taller than the box. */
async function clippedText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) =>
    [...document.querySelectorAll(selector)]
      .filter((el) => {
        const style = getComputedStyle(el);
        const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
        return clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) && (el.textContent ?? '').trim() !== '';
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 40)}`),
  selector);
}

async function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/** A file name for a template's screenshot: `lang-glossary-id-ko-320.png`. */
function shotName(template: string, lang: string | undefined, width: number): string {
  const slug = template.replace(/\.[a-z]+$/, '').replace(/\[([^\]]+)\]/g, '$1').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
  return `${slug}${lang ? `-${lang}` : ''}-${width}.png`;
}

test.describe('reading design', () => {
  test('every template is looked at in each of its languages, and shot once', () => {
    expect(TEMPLATES.length).toBeGreaterThan(5);
    const templates = new Set(representatives().map((t) => t.template));
    expect(new Set(TEMPLATES.map((t) => t.template)).size).toBe(templates.size);
    expect(SHOT.size).toBe(templates.size);
    expect(new Set(TEMPLATES.filter((t) => SHOT.has(t.url)).map((t) => t.lang).filter(Boolean))).toEqual(new Set(['ko', 'en']));
  });

  for (const { url, template, lang } of TEMPLATES) {
    test(`${url} (${template}) at ${WIDTHS.join(', ')} px: no sideways scroll, nothing clipped${SHOT.has(url) ? '; screenshots' : ''}`, async ({ page }) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      await page.goto(served(url));
      const faults: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
        const at = `${width} px`;
        if (await pageScrollsSideways(page)) faults.push(`${at}: scrolls sideways`);
        faults.push(...(await clippedText(page, '.site-header *, .data-table th, .data-table td, .table-title')).map((c) => `${at}: clipped ${c}`));
        // Diagram labels stay inside the drawing.
        const outside = await page.evaluate(() =>
          [...document.querySelectorAll('.diagram svg')].flatMap((svg) => {
            const frame = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')]
              .map((t) => t.getBoundingClientRect())
              .filter((r) => r.width > 0 && (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1))
              .map((r) => `${Math.round(r.left)}-${Math.round(r.right)} outside ${Math.round(frame.left)}-${Math.round(frame.right)}`);
          }),
        );
        faults.push(...outside.map((o) => `${at}: diagram label ${o}`));
        if (SHOT.has(url) && (width === 320 || width === 1280)) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const fullPage = width === 1280 && height <= FULL_PAGE_MAX_HEIGHT;
          const shot = await screenshot(page, `${SCREENSHOTS}/${shotName(template, lang, width)}`, { fullPage });
          expect(shot.byteLength).toBeGreaterThan(5_000);
          expect(pngSize(shot)).toEqual({ width, height: fullPage ? height : 900 });
        }
      }
      expect(faults).toEqual([]);
    });
  }

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
