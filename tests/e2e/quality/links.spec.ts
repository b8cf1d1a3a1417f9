import { expect, test } from '@playwright/test';
import { checkLinks } from '../../support/links';
import { BASE, SITE, builtSite, listed } from '../../support/quality';

// Static: every href/src of every built page, parsed from dist/, nothing fetched.
test('every internal link and #fragment resolves; external links are well-formed', () => {
  const site = builtSite();
  expect(site.pages.size).toBeGreaterThan(3);
  const problems = checkLinks(site, { site: SITE, base: BASE });
  expect(problems, `broken links:\n${listed(problems.map((p) => `${p.page}: ${p.url} — ${p.problem}`))}`).toEqual([]);
});
