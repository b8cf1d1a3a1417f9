import { existsSync } from 'node:fs';

/** Where a system Chromium is usually found (Debian's `chromium` package first). */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/** Flags for a headless Chromium on a machine without a sandbox, GPU or network. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'];

/**
 * The browser for tests, diagrams and the benchmark. Playwright cannot download its own here, so
 * a system Chromium is used: CHROMIUM_PATH first, then the usual system paths.
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
      'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH to its executable. Looked in: ' +
        CANDIDATES.join(', '),
    );
  }
  return found;
}
