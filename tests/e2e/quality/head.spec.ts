import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parseHtml } from '../../support/dom';
import { checkHead, publicUrl, sitemapLocs } from '../../support/head';
import { BASE, PAGES, SITE, builtSite, listed } from '../../support/quality';
import { DIST } from '../../support/site';

// Static: head metadata of every built page, and the sitemap.
const pageSet = new Set(PAGES);

for (const path of PAGES) {
  test(`${path} has canonical, hreflang, description, Open Graph and valid JSON-LD`, () => {
    const problems = checkHead(parseHtml(builtSite().pages.get(path) ?? ''), { path, site: SITE, base: BASE, pages: pageSet });
    expect(problems, listed(problems)).toEqual([]);
  });
}

test('the sitemap index leads to sitemaps that list every page of both languages, and only built pages', () => {
  const index = sitemapLocs(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8'));
  expect(index.length).toBeGreaterThan(0);
  const prefix = publicUrl(SITE, BASE, '/');
  const listedUrls = new Set<string>();
  for (const loc of index) {
    expect(loc.startsWith(prefix), `${loc} is outside ${prefix}`).toBe(true);
    const file = loc.slice(prefix.length);
    for (const url of sitemapLocs(readFileSync(join(DIST, file), 'utf8'))) listedUrls.add(url);
  }
  const expected = PAGES.filter((p) => p !== '/404.html').map((p) => publicUrl(SITE, BASE, p));
  const missing = expected.filter((url) => !listedUrls.has(url));
  const extra = [...listedUrls].filter((url) => !expected.includes(url));
  expect(missing, `pages missing from the sitemap:\n${listed(missing)}`).toEqual([]);
  expect(extra, `sitemap URLs that are not built pages:\n${listed(extra)}`).toEqual([]);
  expect(expected.some((u) => u.includes('/ko/')) && expected.some((u) => u.includes('/en/'))).toBe(true);
});
