import { expect, test } from '../support/fixtures';

// The JSON and CSV downloads, the data page's list of them, the glossary index's order and the
// glossary term pages' markup need no browser: tests/dist/data.test.ts. Here: following a term's
// link to the paragraph that holds it.

test.describe('glossary term pages', () => {
  test('a linked paragraph really holds the term', async ({ page }) => {
    await page.goto('/ko/glossary/para-diplomacy/');
    const first = page.locator('a[data-occurrence]').first();
    const id = await first.getAttribute('data-occurrence');
    await first.click();
    await expect(page).toHaveURL(new RegExp(`/ko/article/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toContainText('준외교');
  });
});
