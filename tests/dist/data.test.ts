/**
 * The data downloads and the glossary term pages as built, read from dist/ (no browser, no server):
 * every JSON collection with its counts and both languages, every CSV with its BOM, header and one
 * line per row, every glossary term page with its article links and DefinedTerm data, the data
 * page listing every download with its address, size and fields, and the glossary index in its
 * language's order under its initial headings. (Moved
 * from tests/e2e/glossary-data.spec.ts, which fetched the same files from the test server; the
 * server's CSV content type is tested with the server, tests/unit/support/serve-dist.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv-parse';
import { attr, byTag, elements, hasClass, parseHtml, textOf, type Element } from '../support/dom';
import type { Root } from 'hast';
import { indexInitial } from '../../src/i18n/hangul';
import { DIST } from '../support/site';

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
const getJson = (name: string) => JSON.parse(readFileSync(`${DIST}/data/${name}.json`, 'utf8')) as Dataset;
/** A built page by its URL path (`/ko/glossary/x/`). */
const getHtml = (path: string) => parseHtml(readFileSync(`${DIST}${path}index.html`, 'utf8'));

describe('JSON downloads', () => {
  it('every collection parses, with its counts and both languages side by side', () => {
    for (const [name, lists] of Object.entries(JSON_LISTS)) {
      const text = readFileSync(`${DIST}/data/${name}.json`, 'utf8');
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
    const glossary = getJson('glossary');
    for (const term of glossary['terms'] as { term: { ko: string; en: string }; definition: { ko: string; en: string } }[]) {
      expect(term.term.ko.length * term.term.en.length * term.definition.ko.length * term.definition.en.length).toBeGreaterThan(0);
    }
    expect((getJson('bogota-action-agenda')).counts).toEqual({ levels: 3, actions: 16 });
    expect((getJson('seoul-strategy')).counts).toEqual({ categories: 4, strategies: 18 });
  });

});

describe('CSV downloads', () => {
  for (const lang of LANGS) {
    for (const csv of CSV) {
      it(`${lang}/data/${csv.name}.csv: BOM, header and one line per row`, () => {
        const bytes = readFileSync(`${DIST}/${lang}/data/${csv.name}.csv`);
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.toString('utf8');
        expect(text.endsWith('\r\n')).toBe(true);
        const rows = parseCsv(text);
        const json = getJson(csv.name);
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

describe('glossary term pages', () => {
  for (const lang of LANGS) {
    it(`${lang}: every term page links to article paragraphs that exist, with DefinedTerm data`, () => {
      const article = getHtml(`/${lang}/article/`);
      const ids = new Set(elements(article).map((el) => attr(el, 'id')).filter((id): id is string => id !== undefined));
      const glossary = getJson('glossary');
      const terms = glossary['terms'] as { id: string; term: { ko: string; en: string } }[];
      expect(terms.length).toBeGreaterThan(20);
      for (const term of terms) {
        const path = `/${lang}/glossary/${term.id}/`;
        const tree = getHtml(path);
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
});

const withClass = (node: Root | Element, tag: string, name: string) => byTag(node, tag).filter((el) => hasClass(el, name));

describe('data page', () => {
  for (const lang of LANGS) {
    it(`${lang}/data/: every download listed with its address, format, size and fields`, () => {
      const page = getHtml(`/${lang}/data/`);
      expect(byTag(page, 'h1')).toHaveLength(1);
      const sections = withClass(page, 'section', 'dataset');
      /** The section of the data page that describes one download (it holds `#dataset-<name>`). */
      const sectionOf = (name: string) => sections.find((s) => elements(s).some((el) => attr(el, 'id') === `dataset-${name}`));
      for (const [name, lists] of Object.entries(JSON_LISTS)) {
        const section = sectionOf(name);
        expect(section, name).toBeDefined();
        const link = byTag(section!, 'a').find((a) => attr(a, 'href') === `/data/${name}.json`);
        expect(link && textOf(link), name).toContain(`/data/${name}.json`);
        const json = getJson(name);
        const sizes = byTag(byTag(byTag(section!, 'tbody')[0]!, 'tr')[0]!, 'td').at(-1)!;
        for (const list of lists) expect(textOf(sizes), `${name}: ${list}`).toContain(`${list} ${json.counts[list]}`);
        for (const list of lists) expect(byTag(section!, 'h4').filter((h) => textOf(h).includes(list)), `${name}: ${list}`).toHaveLength(1);
        // Each list documents its fields, from the schemas' comments.
        const fieldLists = withClass(section!, 'dl', 'field-list');
        expect(fieldLists.some((dl) => byTag(dl, 'dt').some((dt) => byTag(dt, 'code').some((c) => textOf(c) === 'id'))), `${name}: the id field`).toBe(true);
        if (lang === 'ko') {
          const english = fieldLists.flatMap((dl) => byTag(dl, 'dd')).flatMap((dd) => dd.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'span' && attr(c, 'lang') === 'en'));
          expect(english.length, name).toBeGreaterThan(2);
        }
      }
      for (const csv of CSV) {
        const count = getJson(csv.name).counts[csv.list]!;
        for (const l of LANGS) {
          const href = `/${l}/data/${csv.name}.csv`;
          const rows = byTag(page, 'tr').filter((tr) => byTag(tr, 'a').some((a) => attr(a, 'href') === href));
          expect(byTag(page, 'a').filter((a) => attr(a, 'href') === href), href).toHaveLength(1);
          expect(rows.length, href).toBeGreaterThan(0);
          expect(textOf(rows.at(-1)!), href).toContain(lang === 'ko' ? `${count}행` : `${count} rows`);
        }
      }
      // The table downloads describe their columns too: `considerations` twice, a JSON field and the
      // source of a CSV column.
      const seoul = sectionOf('seoul-strategy')!;
      const seoulFields = withClass(seoul, 'dl', 'field-list');
      expect(seoulFields.flatMap((dl) => byTag(dl, 'code')).filter((c) => textOf(c) === 'considerations')).toHaveLength(2);
      expect(byTag(seoulFields.at(-1)!, 'dt')).toHaveLength(4);
    });
  }
});

describe('glossary index', () => {
  for (const lang of LANGS) {
    it(`${lang}/glossary/: terms in ${lang === 'ko' ? '가나다' : 'A–Z'} order under their initial headings`, () => {
      const page = getHtml(`/${lang}/glossary/`);
      const index = elements(page).find((el) => hasClass(el, 'glossary-index'));
      expect(index, 'the .glossary-index').toBeDefined();
      const sections = index!.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'section');
      const headings = sections.map((s) => textOf(byTag(s, 'h2')[0]!));
      const terms = elements(page).filter((el) => hasClass(el, 'glossary-list__term')).map((el) => textOf(el));
      expect(terms).toHaveLength(getJson('glossary').counts['terms']!);
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
      sections.forEach((section, i) => {
        for (const term of elements(section).filter((el) => hasClass(el, 'glossary-list__term')).map((el) => textOf(el))) {
          expect(lang === 'ko' ? (indexInitial(term) ?? term[0]!.toUpperCase()) : term[0]!.toUpperCase(), term).toBe(headings[i]);
        }
      });
      // The other language, marked as such.
      const other = lang === 'ko' ? 'en' : 'ko';
      expect(elements(page).filter((el) => hasClass(el, 'other-lang') && attr(el, 'lang') === other)).toHaveLength(terms.length);
      // The jump list leads to each heading.
      const jump = elements(page).find((el) => hasClass(el, 'glossary-jump'));
      expect(byTag(jump!, 'a')).toHaveLength(headings.length);
    });
  }
});
