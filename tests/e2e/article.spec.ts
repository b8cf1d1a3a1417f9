import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

test.describe('the article as built', () => {
  // The static checks of the built article (fidelity to the source, the same ids in both
  // editions, the parallel view's pairs, every footnote marker with its note and each note's way
  // back) need no browser: tests/dist/article.test.ts; that every link and fragment resolves is the
  // links gate's, on every page (tests/dist/pages.test.ts).

  test('a reader follows a footnote and comes back', async ({ page }) => {
    await page.goto('/ko/article/');
    await followFootnoteAndBack(page);
  });

  test('on a phone, the sections below the first screen wait to be drawn, and a link into one lands on its heading', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/ko/article/');
    // Laid out only when reached (.render-when-near, content-visibility: auto in global.css), so that
    // the first screen is not held up by thirty more; checkVisibility reports such a part as not drawn.
    const drawn = (selector: string) => page.locator(selector).evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
    expect(await drawn('#s1')).toBe(true);
    expect(await drawn('#s4')).toBe(false);
    await page.locator('.toc a[href="#s4"]').click();
    await expect(page).toHaveURL(/#s4$/);
    await expect(page.locator('#s4')).toBeInViewport();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => drawn('#s4')).toBe(false); // left again once the reader is back at the top
  });

  async function followFootnoteAndBack(page: Page) {
    await page.locator('#fnref-4').click();
    await expect(page).toHaveURL(/#fn-4$/);
    await expect(page.locator('#fn-4')).toBeInViewport();
    await page.locator('#fn-4 a.backref').click();
    await expect(page).toHaveURL(/#fnref-4$/);
    await expect(page.locator('#fnref-4')).toBeInViewport();
  }

  test('the English edition says it is a translation and links the Korean original', async ({ page }) => {
    await page.goto('/en/article/');
    await expect(page.locator('.edition-notice')).toContainText('The Korean original is authoritative');
    await expect(page.locator('.edition-notice a[hreflang="ko"]')).toHaveAttribute('href', /\/ko\/article\/$/);
  });

  test('citations: every format for the article, each paragraph and the .bib/.ris downloads', async ({ page, request }) => {
    await page.goto('/en/article/cite/#s3-p4');
    const entry = page.locator('#s3-p4');
    await expect(entry).toBeVisible();
    await expect(entry.locator('pre')).toHaveCount(5);
    await expect(entry).toContainText('/en/article/#s3-p4');
    await expect(page.locator('#s3-p5')).toBeHidden();
    const bib = await (await request.get('/ko/article/citation.bib')).text();
    expect(bib).toMatch(/^@article\{/);
    expect(bib).toContain('url = {');
    const ris = await (await request.get('/en/article/citation.ris')).text();
    expect(ris.startsWith('TY  - JOUR')).toBe(true);
  });
});
