import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHtml } from '../../support/dom';
import { checkCspMeta, cspWithin, parseCsp, parseHeadersFile } from '../../support/head';
import { BASE, LANGUAGE_PAGES, PAGES, SITE, builtSite, listed, served } from '../../support/quality';
import { checkScripts } from '../../support/structure';
import { DIST } from '../../support/site';

const siteOrigin = new URL(SITE).origin;
/** A script src is ours when it resolves to this site's origin and under the base path. */
const isInternal = (src: string) => {
  const url = new URL(src, `${siteOrigin}${BASE}`);
  return url.origin === siteOrigin && url.pathname.startsWith(BASE);
};

/** The policy set for every path by the _headers file, without the header-only directives. */
function headerPolicy(file: string): string | undefined {
  const policy = parseHeadersFile(readFileSync(file, 'utf8')).get('/*')?.get('content-security-policy');
  if (!policy) return undefined;
  return [...parseCsp(policy)].filter(([name]) => name !== 'frame-ancestors').map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

test('public/_headers carries the same Content-Security-Policy as the pages, and is deployed', () => {
  expect(existsSync('public/_headers')).toBe(true);
  expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
  const header = headerPolicy('public/_headers');
  expect(header, 'no Content-Security-Policy for /* in public/_headers').toBeDefined();
  const full = parseHeadersFile(readFileSync('public/_headers', 'utf8')).get('/*')?.get('content-security-policy') ?? '';
  expect(parseCsp(full).get('frame-ancestors')).toEqual(["'none'"]);
  for (const path of PAGES) {
    const { policy } = checkCspMeta(parseHtml(builtSite().pages.get(path) ?? ''));
    if (!policy) continue; // reported per page below
    const normalised = [...parseCsp(policy)].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
    if (LANGUAGE_PAGES.includes(path)) expect(normalised, `${path}: meta CSP differs from public/_headers`).toBe(header);
    else expect(cspWithin(policy, header ?? ''), `${path}: meta CSP allows more than public/_headers`).toEqual([]);
  }
});

for (const path of PAGES) {
  test.describe(path, () => {
    test('has a strict CSP meta tag and only safe scripts', () => {
      const root = parseHtml(builtSite().pages.get(path) ?? '');
      const problems = [...checkCspMeta(root).problems, ...checkScripts(root, isInternal)];
      expect(problems, listed(problems)).toEqual([]);
    });

    test('requests nothing from another origin and breaks no CSP rule', async ({ page, baseURL }) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const foreign: string[] = [];
      const violations: string[] = [];
      // Every request is recorded; one to another origin is refused and fails the test.
      await page.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.origin === origin) return route.continue();
        foreign.push(route.request().url());
        return route.abort('blockedbyclient');
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:' && !foreign.includes(request.url())) foreign.push(request.url());
      });
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(served(path), { waitUntil: 'networkidle' });
      // Wake whatever loads lazily (the search launcher) so its requests are seen too.
      const launcher = page.locator('[data-search-launcher]').first();
      if ((await launcher.count()) > 0) {
        await launcher.hover();
        await launcher.focus();
      }
      const search = page.locator('main input[type="search"]').first();
      if ((await search.count()) > 0) await search.fill('UCLG');
      await page.waitForLoadState('networkidle');
      expect(foreign, `requests to other origins:\n${listed(foreign)}`).toEqual([]);
      expect(violations, listed(violations)).toEqual([]);
    });
  });
}
