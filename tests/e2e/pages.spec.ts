import { expect, test } from '@playwright/test';
import { builtPages, pagesOf } from '../support/site';

const pages = builtPages();

test('both languages hold the same set of pages', () => {
  expect(pagesOf('ko', pages).length).toBeGreaterThan(5);
  expect(pagesOf('en', pages)).toEqual(pagesOf('ko', pages));
});

for (const path of pages) {
  test(`${path} answers 200 with its language and no console error`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(path);
    const expectedStatus = path === '/404.html' ? [200, 404] : [200];
    expect(expectedStatus).toContain(response?.status());
    const lang = await page.locator('html').getAttribute('lang');
    expect(lang).toBe(path.startsWith('/en/') ? 'en' : 'ko');
    await expect(page.locator('h1')).toHaveCount(1);
    expect(errors).toEqual([]);
  });
}
