import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { parse } from 'yaml';

// The collection pages: lineage, World Congresses, Hague Agenda, organisation. Counts come from
// the data files, so a page that drops an entry fails here.
const ids = (file: string) => (parse(readFileSync(file, 'utf8')) as { id: string }[]).map((entry) => entry.id);
const organisations = ids('content/lineage/organisations.yaml');
const congresses = ids('content/congresses.yaml');
const hagueRows = parse(readFileSync('content/hague-agenda/rows.yaml', 'utf8')) as { id: string; area: string }[];
const committees = (parse(readFileSync('content/structure/bodies.yaml', 'utf8')) as { kind: string }[]).filter((b) => b.kind === 'committee');
const LANGS = ['ko', 'en'] as const;

/** Every `#fragment` link on the page points at an element that exists on it. */
async function expectInPageTargets(page: Page) {
  const missing = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
      .map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))
      .filter((id) => id !== '' && !document.getElementById(id)),
  );
  expect(missing).toEqual([]);
}

// That the data holds its entries and each has its page in both languages needs no browser:
// tests/dist/collections.test.ts.

for (const lang of LANGS) {
  test(`the ${lang} lineage page draws figure 1 as inline SVG without scripts, and its timeline links resolve`, async ({ page, request }) => {
    await page.goto(`/${lang}/lineage/`);
    await expect(page.locator('main #figure-1 .diagram > svg')).toHaveCount(1);
    // No script renders the diagram: none in the content, none inline anywhere. The one script
    // the page has is the site-wide progressive enhancement file every page loads.
    await expect(page.locator('main script, svg script')).toHaveCount(0);
    const inline = await page.locator('script:not([src])').count();
    expect(inline).toBe(0);
    const sources = await page.locator('script[src]').evaluateAll((list) => list.map((s) => s.getAttribute('src')));
    expect(sources.every((src) => src?.endsWith('/scripts/enhance.js'))).toBe(true);

    const links = await page.locator('.lineage-text a').evaluateAll((list) => list.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(7);
    for (const href of links) {
      expect(href).toMatch(new RegExp(`^/${lang}/lineage/[a-z0-9-]+/$`));
      expect((await request.get(href)).status(), href).toBe(200);
    }
    // The bodies beside the lineage: every other organisation is linked from the page too.
    const all = await page.locator('main a[href*="/lineage/"]').evaluateAll((list) => list.map((a) => a.getAttribute('href')));
    for (const id of organisations) expect(all).toContain(`/${lang}/lineage/${id}/`);
    await expectInPageTargets(page);
  });

  test(`table 1 on the ${lang} Hague Agenda page has 15 rows and filters by problem area`, async ({ page }) => {
    await page.goto(`/${lang}/hague-agenda/`);
    const rows = page.locator('#table-1 tbody tr');
    await expect(rows).toHaveCount(hagueRows.length);
    await page.locator('#table-1 input[data-filter-group="peacebuilding"]').check();
    const visible = await rows.evaluateAll((list) => list.filter((tr) => (tr as HTMLElement).offsetParent !== null).length);
    expect(visible).toBe(hagueRows.filter((r) => r.area === 'peacebuilding').length);
    await expect(page.locator('.definition-pair blockquote')).toHaveCount(2);
    await expect(page.locator(`a[href="/${lang}/data/hague-agenda.csv"]`)).toHaveCount(1);
    await expect(page.locator('a[href="/data/hague-agenda.json"]')).toHaveCount(1);
    await expect(page.locator(`a[href="/${lang}/article/#ref-hague-agenda-2008"]`)).toHaveCount(1);
    await expectInPageTargets(page);
  });

  test(`the ${lang} organisation page lists the 12 committees`, async ({ page }) => {
    await page.goto(`/${lang}/organisation/`);
    await expect(page.locator('#group-committee')).toContainText(`(${committees.length})`);
    await expect(page.locator('section:has(> #group-committee) > .body-list > li')).toHaveCount(committees.length);
    await expect(page.locator('#mission-box')).toHaveCount(1);
    await expect(page.locator(`#section-europe a[href="/${lang}/lineage/cemr/"]`)).toHaveCount(1);
    await expectInPageTargets(page);
  });

  test(`the ${lang} Bogotá congress page links to the Bogotá strategy page and its neighbours`, async ({ page }) => {
    await page.goto(`/${lang}/congresses/2016-bogota/`);
    await expect(page.locator(`main a[href="/${lang}/strategy/bogota-action-agenda/"]`)).toHaveCount(1);
    await expect(page.locator(`main a[href="/${lang}/article/#ref-new-urban-agenda-2016"]`)).toHaveCount(1);
    await expect(page.locator(`a[rel="prev"][href="/${lang}/congresses/2013-rabat/"]`)).toHaveCount(1);
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    await expect(page.locator(`main a[href="/${lang}/lineage/uclg/"]`)).toHaveCount(1);
    await expect(page.locator('#fn-14')).toBeVisible();
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld).toMatchObject({ '@type': 'Event', startDate: '2016-10' });
    await expectInPageTargets(page);
  });

  test(`the ${lang} congress index shows table 2 and links every congress`, async ({ page }) => {
    await page.goto(`/${lang}/congresses/`);
    await expect(page.locator('#table-2 tbody tr')).toHaveCount(congresses.length);
    for (const id of congresses) await expect(page.locator(`main a[href="/${lang}/congresses/${id}/"]`)).toHaveCount(1);
    await expectInPageTargets(page);
  });
}

test('an organisation page shows what the data has and nothing empty', async ({ page }) => {
  await page.goto('/ko/lineage/fmcu-uto/');
  await expect(page.locator('h1')).toHaveText('세계도시연합연맹(FMCU-UTO)');
  await expect(page.locator('.facts [lang="fr"]')).toHaveText('Fédération Mondiales des Cités Unies');
  await expect(page.locator(`a[href="/ko/lineage/fmvj-uto/"]`)).toHaveCount(1);
  await expect(page.locator(`a[href="/ko/lineage/uclg/"]`)).toHaveCount(1);
  await expect(page.locator('#fn-5')).toBeVisible();
  await expect(page.locator('#ed-federation-mondiales')).toHaveCount(1);
  expect(await page.locator('main dd, main li, main p').evaluateAll((list) => list.filter((e) => e.textContent!.trim() === '').length)).toBe(0);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({ '@type': 'Organization', name: '세계도시연합연맹', foundingDate: '1968' });
  await expectInPageTargets(page);

  // English corrects the misprint, with the same note; a body with no founding year shows none.
  await page.goto('/en/lineage/fmcu-uto/');
  await expect(page.locator('.facts [lang="fr"]')).toHaveText('Fédération Mondiale des Cités Unies');
  await page.goto('/en/lineage/iclei/');
  expect(await page.locator('.facts dt').allTextContents()).not.toContain('Founded');
  expect(await page.locator('.facts dt').allTextContents()).toContain('Abbreviation');
});
