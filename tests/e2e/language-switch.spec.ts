import { expect, test } from '../support/fixtures';

test('the language switch lands on the counterpart page at the same paragraph', async ({ page }) => {
  await page.goto('/ko/article/#s3-p4');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/en\/article\/#s3-p4$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#s3-p4')).toBeInViewport();
});

test('without JavaScript, every paragraph links to the same paragraph in the other edition', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/article/');
  const link = page.locator('#s2-p1 + .para-tools a[hreflang="ko"]');
  await expect(link).toHaveAttribute('href', /\/ko\/article\/#s2-p1$/);
  await link.click();
  await expect(page).toHaveURL(/\/ko\/article\/#s2-p1$/);
  await expect(page.locator('#s2-p1')).toBeVisible();
  await context.close();
});

test('pages show their content with JavaScript disabled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/ko/', '/en/', '/ko/article/', '/en/article/']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
  }
  await context.close();
});
