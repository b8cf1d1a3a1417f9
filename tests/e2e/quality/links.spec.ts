import { expect, test } from '@playwright/test';
import { checkLinks } from '../../support/links';
import { BASE, SITE, builtSite, listed } from '../../support/quality';

// Static: every href/src of every built page, parsed from dist/, nothing fetched.
test('every internal link and #fragment resolves; external links are well-formed', () => {
  const site = builtSite();
  expect(site.pages.size).toBeGreaterThan(3);
  const problems = checkLinks(site, { site: SITE, base: BASE });
  // One line per broken target, with the pages that link to it (a missing page is linked from many).
  const byTarget = new Map<string, string[]>();
  for (const p of problems) {
    const key = `${p.url} — ${p.problem}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), p.page]);
  }
  const report = [...byTarget].map(([key, pages]) => `${key} (from ${pages.length > 3 ? `${pages.slice(0, 3).join(', ')} and ${pages.length - 3} more` : pages.join(', ')})`);
  expect(problems, `${problems.length} broken links:\n${listed(report)}`).toEqual([]);
});
