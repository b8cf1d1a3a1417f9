import type { APIRequestContext } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { indexInitial } from '../../src/i18n/hangul';

const LANGS = ['ko', 'en'] as const;
/** Each table download and the JSON list that holds its rows. */
const CSV = [
  { name: 'hague-agenda', list: 'rows', columns: 3, multiline: false },
  { name: 'congresses', list: 'congresses', columns: 3, multiline: true },
  { name: 'bogota-action-agenda', list: 'actions', columns: 4, multiline: false },
  { name: 'seoul-strategy', list: 'strategies', columns: 3, multiline: true },
] as const;
const JSON_LISTS: Record<string, string[]> = {
  organisations: ['organisations'],
  congresses: ['congresses'],
  'hague-agenda': ['areas', 'rows', 'definitions'],
  'bogota-action-agenda': ['levels', 'actions'],
  'seoul-strategy': ['categories', 'strategies'],
  structure: ['bodies', 'mission'],
  glossary: ['terms'],
  footnotes: ['footnotes'],
  references: ['references'],
  'editorial-notes': ['notes'],
};

type Dataset = Record<string, unknown> & { counts: Record<string, number> };
const getJson = async (request: APIRequestContext, name: string) => {
  const response = await request.get(`/data/${name}.json`);
  expect(response.status(), name).toBe(200);
  return (await response.json()) as Dataset;
};

// The JSON and CSV downloads and the glossary term pages need no browser: tests/dist/data.test.ts.

test.describe('data page', () => {
  for (const lang of LANGS) {
    test(`${lang}/data/: every download listed with its address, format, size and fields`, async ({ page, request }) => {
      await page.goto(`/${lang}/data/`);
      await expect(page.locator('h1')).toHaveCount(1);
      for (const [name, lists] of Object.entries(JSON_LISTS)) {
        const section = page.locator('section.dataset').filter({ has: page.locator(`#dataset-${name}`) });
        await expect(section.locator(`a[href="/data/${name}.json"]`)).toContainText(`/data/${name}.json`);
        const json = await getJson(request, name);
        const sizes = await section.locator('tbody tr').first().locator('td').last().innerText();
        for (const list of lists) expect(sizes).toContain(`${list} ${json.counts[list]}`);
        for (const list of lists) await expect(section.locator('h4', { hasText: list })).toHaveCount(1);
        // Each list documents its fields, from the schemas' comments.
        await expect(section.locator('dl.field-list dt code', { hasText: /^id$/ }).first()).toBeVisible();
        if (lang === 'ko') {
          const english = await section.locator('dl.field-list dd > span[lang="en"]').count();
          expect(english).toBeGreaterThan(2);
        }
      }
      for (const csv of CSV) {
        for (const l of LANGS) {
          const link = page.locator(`a[href="/${l}/data/${csv.name}.csv"]`);
          await expect(link).toHaveCount(1);
          const count = (await getJson(request, csv.name)).counts[csv.list]!;
          await expect(link.locator('xpath=ancestor::tr')).toContainText(lang === 'ko' ? `${count}행` : `${count} rows`);
          expect((await request.get(`/${l}/data/${csv.name}.csv`)).status()).toBe(200);
        }
      }
      // The table downloads describe their columns too.
      const seoul = page.locator('section.dataset').filter({ has: page.locator('#dataset-seoul-strategy') });
      // `considerations` twice: a JSON field, and the source of a CSV column.
      await expect(seoul.locator('dl.field-list code', { hasText: /^considerations$/ })).toHaveCount(2);
      await expect(seoul.locator('dl.field-list').last().locator('dt')).toHaveCount(4);
    });
  }
});

test.describe('glossary index', () => {
  for (const lang of LANGS) {
    test(`${lang}/glossary/: terms in ${lang === 'ko' ? '가나다' : 'A–Z'} order under their initial headings`, async ({ page, request }) => {
      await page.goto(`/${lang}/glossary/`);
      const glossary = await getJson(request, 'glossary');
      const sections = page.locator('.glossary-index > section');
      const headings = await sections.locator('h2').allInnerTexts();
      const terms = await page.locator('.glossary-list__term').allInnerTexts();
      expect(terms).toHaveLength(glossary.counts['terms']!);
      const collator = new Intl.Collator(lang, { sensitivity: 'base' });
      expect(terms).toEqual([...terms].sort(collator.compare));
      if (lang === 'ko') {
        expect(headings[0]).toBe('ㄱ');
        expect(headings).toEqual([...headings].sort(collator.compare));
        // Hangul initials, then a name written in Latin letters (GOLD) under its capital, after ㅎ.
        const hangul = headings.filter((h) => /^[ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ]$/.test(h)).length;
        expect(hangul).toBeGreaterThan(0);
        expect(headings.slice(hangul).every((h) => /^[A-Z]$/.test(h)), headings.join(' ')).toBe(true);
        expect(headings.slice(0, hangul).every((h) => /^[ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ]$/.test(h)), headings.join(' ')).toBe(true);
      } else {
        expect(headings.every((h) => /^[A-Z]$/.test(h))).toBe(true);
        expect(headings).toEqual([...headings].sort());
      }
      for (let i = 0; i < headings.length; i++) {
        const inGroup = await sections.nth(i).locator('.glossary-list__term').allInnerTexts();
        for (const term of inGroup) expect(lang === 'ko' ? (indexInitial(term) ?? term[0]!.toUpperCase()) : term[0]!.toUpperCase(), term).toBe(headings[i]);
      }
      // The other language, marked as such.
      const other = page.locator(`.glossary-list .other-lang[lang="${lang === 'ko' ? 'en' : 'ko'}"]`);
      await expect(other).toHaveCount(terms.length);
      // The jump list leads to each heading.
      await expect(page.locator('.glossary-jump a')).toHaveCount(headings.length);
    });
  }
});

test.describe('glossary term pages', () => {
  test('a linked paragraph really holds the term', async ({ page }) => {
    await page.goto('/ko/glossary/para-diplomacy/');
    const first = page.locator('a[data-occurrence]').first();
    const id = await first.getAttribute('data-occurrence');
    await first.click();
    await expect(page).toHaveURL(new RegExp(`/ko/article/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toContainText('준외교');
  });
});
