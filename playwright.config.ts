import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findHeadlessChromium } from './scripts/lib/chromium';
import { AXE_FILE, AXE_URL } from './tests/support/axe';

// DIST_DIR and E2E_PORT let several builds be tested side by side (dist/ and 4322 by default).
const PORT = Number(process.env['E2E_PORT'] ?? 4322);
const DIST = process.env['DIST_DIR'] ?? 'dist';

// Browser tests run in real Chromium against the production build (dist/), served by
// scripts/serve-dist.ts on 127.0.0.1, on at most two workers (the machines have two cores): the
// functional specs, one crawl of every page, the design and axe per template (one visit for both),
// the keyboard walk per layout. Checks that need no browser are in tests/dist/ (vitest), run before these.
// Playwright cannot download a browser here: the system one is used.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `test-results/artifacts`,
  forbidOnly: !!process.env['CI'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: findHeadlessChromium(), args: CHROMIUM_ARGS },
  },
  // The launch options above apply to the project too (a device descriptor sets none).
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // axe-core is served beside the site (tests/support/axe.ts).
    command: `npx tsx scripts/serve-dist.ts ${PORT} ${DIST} ${AXE_URL}=${AXE_FILE}`,
    url: `http://127.0.0.1:${PORT}/ko/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
