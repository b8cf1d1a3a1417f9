import { existsSync } from 'node:fs';

/** Where a system Chromium is usually found (Debian's `chromium` package first). */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];
/** Where Chromium's headless shell is found (Debian's `chromium-headless-shell` package). */
const HEADLESS_SHELL_CANDIDATES = ['/usr/bin/chromium-headless-shell'];

/**
 * Flags for a headless Chromium on a machine without a sandbox, GPU or network. No host name
 * resolves but 127.0.0.1's: a request to another origin fails in the browser itself, so nothing
 * leaves the machine, and no test has to intercept every request to refuse it (interception sends
 * each request through the test process: 5 s of the crawl's 37).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/**
 * The full browser, for Lighthouse (which wants Chrome's own headless mode) and as the fallback of
 * findHeadlessChromium. Playwright cannot download its own here, so a system Chromium is used:
 * CHROMIUM_PATH first, then the usual system paths.
 */
export function findChromium(env: Record<string, string | undefined> = process.env, exists: (path: string) => boolean = existsSync): string {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => exists(path));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium chromium-headless-shell fonts-noto-cjk) or set CHROMIUM_PATH to its executable. Looked in: ' +
        CANDIDATES.join(', '),
    );
  }
  return found;
}

/**
 * The browser for the tests, the diagrams and the benchmark's page measurements: Chromium's
 * headless shell, the same engine without the browser's interface, which is what Playwright itself
 * runs headless tests in. Here it opens a tab and loads a page in less than half the time of the
 * full browser (ten pages, each in a new context: 4.4 s against 9.9 s), and the browser suite takes
 * 211 s against 264 s. CHROMIUM_PATH still wins; without the shell, the full browser.
 */
export function findHeadlessChromium(env: Record<string, string | undefined> = process.env, exists: (path: string) => boolean = existsSync): string {
  if (env['CHROMIUM_PATH']) return findChromium(env, exists);
  return HEADLESS_SHELL_CANDIDATES.find((path) => exists(path)) ?? findChromium(env, exists);
}
