import { expect, test, type APIRequestContext } from '@playwright/test';
import { parseCsv } from '../support/csv-parse';
import { indexInitial } from '../../src/i18n/hangul';
import { attr, byTag, elements, parseHtml, textOf } from '../support/dom';

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
const getHtml = async (request: APIRequestContext, path: string) => {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return parseHtml(await response.text());
};

test.describe('JSON downloads', () => {
  test('every collection parses, with its counts and both languages side by side', async ({ request }) => {
    for (const [name, lists] of Object.entries(JSON_LISTS)) {
      const response = await request.get(`/data/${name}.json`);
      const text = await response.text();
      expect(text, name).toContain('\n  "dataset": '); // pretty-printed
      const json = JSON.parse(text) as Dataset;
      expect(json['dataset']).toBe(name);
      expect(json['title']).toEqual({ ko: expect.any(String), en: expect.any(String) });
      expect(Object.keys(json.counts)).toEqual(lists);
      for (const list of lists) {
        const entries = json[list] as { id: string }[];
        expect(entries.length, `${name}.${list}`).toBe(json.counts[list]);
        expect(entries.length, `${name}.${list}`).toBeGreaterThan(0);
        expect(new Set(entries.map((e) => e.id)).size, `${name}.${list} ids`).toBe(entries.length);
      }
    }
    const glossary = await getJson(request, 'glossary');
    for (const term of glossary['terms'] as { term: { ko: string; en: string }; definition: { ko: string; en: string } }[]) {
      expect(term.term.ko.length * term.term.en.length * term.definition.ko.length * term.definition.en.length).toBeGreaterThan(0);
    }
    expect((await getJson(request, 'bogota-action-agenda')).counts).toEqual({ levels: 3, actions: 16 });
    expect((await getJson(request, 'seoul-strategy')).counts).toEqual({ categories: 4, strategies: 18 });
  });

  test('the same request gives the same bytes (deterministic output)', async ({ request }) => {
    const a = await (await request.get('/data/structure.json')).text();
    const b = await (await request.get('/data/structure.json')).text();
    expect(a).toBe(b);
    const bodies = (JSON.parse(a) as { bodies: { kind: string; order: number }[] }).bodies;
    expect(bodies.length).toBeGreaterThan(1);
  });
});

test.describe('CSV downloads', () => {
  for (const lang of LANGS) {
    for (const csv of CSV) {
      test(`${lang}/data/${csv.name}.csv: BOM, header and one line per row`, async ({ request }) => {
        const response = await request.get(`/${lang}/data/${csv.name}.csv`);
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toContain('text/csv');
        const bytes = await response.body();
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.toString('utf8');
        expect(text.endsWith('\r\n')).toBe(true);
        const rows = parseCsv(text);
        const json = await getJson(request, csv.name);
        const table = json['table'] as { columns: { ko: string; en: string }[] };
        expect(rows[0]).toEqual(['id', ...table.columns.map((c) => c[lang])]);
        expect(rows[0]).toHaveLength(csv.columns + 1);
        const entries = json[csv.list] as { id: string }[];
        expect(rows).toHaveLength(entries.length + 1);
        expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(entries.map((e) => e.id).sort());
        for (const row of rows.slice(1)) {
          expect(row).toHaveLength(csv.columns + 1);
          expect(row.every((cell) => cell.trim().length > 0), row[0]).toBe(true);
        }
        // Bullets are written as "• item" lines; several in one cell make a quoted field with line breaks.
        expect(rows.slice(1).some((row) => row.some((cell) => /(^|\n)• \S/.test(cell)))).toBe(true);
        if (csv.multiline) expect(rows.slice(1).some((row) => row.some((cell) => /(^|\n)• [^\n]+\n• [^\n]+/.test(cell)))).toBe(true);
      });
    }
  }
});

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
        expect(headings.every((h) => /^[ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ]$/.test(h))).toBe(true);
      } else {
        expect(headings.every((h) => /^[A-Z]$/.test(h))).toBe(true);
        expect(headings).toEqual([...headings].sort());
      }
      for (let i = 0; i < headings.length; i++) {
        const inGroup = await sections.nth(i).locator('.glossary-list__term').allInnerTexts();
        for (const term of inGroup) expect(lang === 'ko' ? indexInitial(term) : term[0]!.toUpperCase(), term).toBe(headings[i]);
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
  for (const lang of LANGS) {
    test(`${lang}: every term page links to article paragraphs that exist, with DefinedTerm data`, async ({ request }) => {
      const article = await getHtml(request, `/${lang}/article/`);
      const ids = new Set(elements(article).map((el) => attr(el, 'id')).filter((id): id is string => id !== undefined));
      const glossary = await getJson(request, 'glossary');
      const terms = glossary['terms'] as { id: string; term: { ko: string; en: string } }[];
      expect(terms.length).toBeGreaterThan(20);
      for (const term of terms) {
        const path = `/${lang}/glossary/${term.id}/`;
        const tree = await getHtml(request, path);
        const h1 = byTag(tree, 'h1');
        expect(h1, path).toHaveLength(1);
        expect(textOf(h1[0]!), path).toBe(term.term[lang]);
        expect(attr(h1[0]!, 'data-pagefind-weight'), path).toBe('10');
        expect(attr(h1[0]!, 'data-pagefind-meta'), path).toBe(`title:${term.term[lang]}`);
        const links = elements(tree).filter((el) => el.tagName === 'a' && attr(el, 'data-occurrence') !== undefined);
        expect(links.length, `${path} links to no paragraph`).toBeGreaterThan(0);
        for (const link of links) {
          const href = attr(link, 'href') ?? '';
          expect(href, path).toMatch(new RegExp(`^/${lang}/article/#.+$`));
          const fragment = href.split('#')[1]!;
          expect(attr(link, 'data-occurrence'), path).toBe(fragment);
          expect(ids.has(fragment), `${path} → ${href}: no such id on the article page`).toBe(true);
        }
        // Most terms are in the running text: a paragraph or a heading.
        if (!['right-to-the-city'].includes(term.id)) {
          expect(links.some((l) => /#s\d+-[ph]\d+$/.test(attr(l, 'href') ?? '')), `${path}: no paragraph`).toBe(true);
        }
        const ld = byTag(tree, 'script').filter((s) => attr(s, 'type') === 'application/ld+json').map((s) => JSON.parse(textOf(s)) as Record<string, unknown>);
        const defined = ld.find((d) => d['@type'] === 'DefinedTerm');
        expect(defined, path).toMatchObject({
          name: term.term[lang],
          alternateName: expect.arrayContaining([term.term[lang === 'ko' ? 'en' : 'ko']]),
          description: expect.any(String),
          inDefinedTermSet: { '@type': 'DefinedTermSet', url: expect.stringMatching(new RegExp(`/${lang}/glossary/$`)) },
        });
        // The other language's term is marked with its language.
        const otherLang = lang === 'ko' ? 'en' : 'ko';
        expect(elements(tree).some((el) => attr(el, 'lang') === otherLang && textOf(el) === term.term[otherLang]), path).toBe(true);
      }
    });
  }

  test('a linked paragraph really holds the term', async ({ page }) => {
    await page.goto('/ko/glossary/para-diplomacy/');
    const first = page.locator('a[data-occurrence]').first();
    const id = await first.getAttribute('data-occurrence');
    await first.click();
    await expect(page).toHaveURL(new RegExp(`/ko/article/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toContainText('준외교');
  });
});
