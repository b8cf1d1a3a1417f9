import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium, findHeadlessChromium } from '../../../scripts/lib/chromium';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, and refuses one that names no file', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, only('/opt/chrome', '/usr/bin/chromium'))).toBe('/opt/chrome');
    expect(() => findChromium({ CHROMIUM_PATH: '/opt/none' }, only('/usr/bin/chromium'))).toThrow(/CHROMIUM_PATH is set to \/opt\/none/);
  });

  it("finds Debian's chromium, and says how to install one when there is none", () => {
    expect(findChromium({}, only('/usr/bin/chromium', '/usr/bin/chromium-headless-shell'))).toBe('/usr/bin/chromium');
    expect(() => findChromium({}, only())).toThrow(/apt-get install chromium/);
  });
});

describe('findHeadlessChromium', () => {
  it('prefers the headless shell, falls back to the full browser', () => {
    expect(findHeadlessChromium({}, only('/usr/bin/chromium', '/usr/bin/chromium-headless-shell'))).toBe('/usr/bin/chromium-headless-shell');
    expect(findHeadlessChromium({}, only('/usr/bin/chromium'))).toBe('/usr/bin/chromium');
  });

  it('lets CHROMIUM_PATH win over the shell', () => {
    expect(findHeadlessChromium({ CHROMIUM_PATH: '/opt/chrome' }, only('/opt/chrome', '/usr/bin/chromium-headless-shell'))).toBe('/opt/chrome');
  });
});

describe('CHROMIUM_ARGS', () => {
  it('resolves no host but the local one, so that nothing leaves the machine', () => {
    const rules = CHROMIUM_ARGS.find((arg) => arg.startsWith('--host-resolver-rules='));
    expect(rules).toMatch(/MAP \* ~NOTFOUND/);
    expect(rules).toMatch(/EXCLUDE 127\.0\.0\.1/);
  });
});
