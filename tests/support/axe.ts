/**
 * axe-core for the browser tests: the browser build that @axe-core/playwright depends on (resolved
 * from it, not hoisted), served by scripts/serve-dist.ts at AXE_URL, on the site's own origin so
 * that the pages' Content-Security-Policy (script-src 'self') lets it run, and cacheable, so that
 * Chromium compiles it once per worker instead of once per page (playwright.config.ts passes it).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const AXE_FILE = createRequire(require.resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js');
export const AXE_URL = '/__tests/axe-core/axe.min.js';
