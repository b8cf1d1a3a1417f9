/**
 * Screenshots for review, encoded fast: Chromium's PNG encoder is asked to favour speed over size
 * (`optimizeForSpeed` of Page.captureScreenshot, which Playwright's page.screenshot does not pass).
 * Measured here on four pages at 1280 px: 90–350 ms a shot against 130–410 ms, files about a
 * quarter larger. The design tests write about 80 of them.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Width and height of a PNG, from its header (IHDR, the first chunk). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) throw new Error('not a PNG');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('a PNG without its IHDR chunk first');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Writes a PNG of the viewport, or of the whole page with `fullPage`, to `path` and returns it.
 * The page is shot at 1 image pixel per CSS pixel (the tests' device scale factor is 1).
 */
export async function screenshot(page: Page, path: string, { fullPage = false } = {}): Promise<Buffer> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const whole = fullPage ? await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight })) : undefined;
    const { data } = await cdp.send('Page.captureScreenshot', {
      format: 'png',
      optimizeForSpeed: true,
      ...(whole ? { captureBeyondViewport: true, clip: { x: 0, y: 0, ...whole, scale: 1 } } : {}),
    });
    const png = Buffer.from(data, 'base64');
    writeFileSync(path, png);
    return png;
  } finally {
    await cdp.detach();
  }
}
