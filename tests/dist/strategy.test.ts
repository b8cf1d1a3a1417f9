/**
 * The strategy tables as built, read from dist/ (no browser): each table page with its rows, its
 * row-group headers spanning their rows and a self-link on every row, and its downloads, the CSV
 * holding the table as the page shows it and the JSON both languages. (Moved from
 * tests/e2e/strategy.spec.ts, which read the same markup and files through Chromium; filtering,
 * printing and the index stay there.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv-parse';
import { attr, byTag, elements, hasClass, parseHtml, textOf, type Element } from '../support/dom';
import { DIST } from '../support/site';
import { STRATEGY_TABLES as TABLES } from '../support/strategy-tables';

const LANGS = ['ko', 'en'] as const;

/** The table of a strategy page: the `<table>` inside the element with the table's id. */
function tableOf(root: ReturnType<typeof parseHtml>, id: string): Element {
  const frame = elements(root).find((el) => attr(el, 'id') === id);
  const table = frame && byTag(frame, 'table')[0];
  if (!table) throw new Error(`no table inside #${id}`);
  return table;
}
const bodyRows = (table: Element) => byTag(table, 'tbody').flatMap((tbody) => byTag(tbody, 'tr'));
const groupCells = (table: Element, column: number) => byTag(table, 'th').filter((th) => hasClass(th, `group-cell--${column}`));

for (const lang of LANGS) {
  for (const t of TABLES) {
    describe(`${lang}/${t.path}`, () => {
      const root = parseHtml(readFileSync(`${DIST}/${lang}/${t.path}index.html`, 'utf8'));
      const table = tableOf(root, t.table);
      const rows = bodyRows(table);
      const ids = rows.map((tr) => attr(tr, 'id') ?? '');

      it(`${t.rows} rows, group cells spanning their rows, a self-link on every row`, () => {
        expect(byTag(root, 'h1')).toHaveLength(1);
        expect(rows).toHaveLength(t.rows);
        // One header row; the group columns are row-group headers spanning their rows.
        expect(byTag(byTag(table, 'thead')[0]!, 'tr')).toHaveLength(1);
        for (let column = 0; column < t.groupColumns; column++) {
          const spans = groupCells(table, column).map((th) => Number(attr(th, 'rowspan')));
          expect(spans, `group column ${column}`).toEqual(Object.values(t.groups));
        }
        for (const [group, count] of Object.entries(t.groups)) {
          const tbody = byTag(table, 'tbody').find((el) => attr(el, 'data-group') === group);
          expect(tbody, group).toBeDefined();
          expect(byTag(tbody!, 'tr'), group).toHaveLength(count);
          expect(byTag(tbody!, 'th').filter((th) => attr(th, 'scope') === 'rowgroup'), group).toHaveLength(t.groupColumns);
        }
        expect(new Set(ids).size).toBe(t.rows);
        for (const tr of rows) {
          const anchors = byTag(tr, 'a').filter((a) => hasClass(a, 'row-anchor') && attr(a, 'href') === `#${attr(tr, 'id')}`);
          expect(anchors, `row ${attr(tr, 'id')}`).toHaveLength(1);
        }
        // The source line (where the print gives one) and the article it comes from.
        expect(elements(root).some((el) => hasClass(el, 'strategy-origin') && textOf(el) !== '')).toBe(true);
      });

      it('the CSV holds the table as shown, the JSON both languages, and the page links both', () => {
        const hrefs = byTag(root, 'a').map((a) => attr(a, 'href'));
        const other = lang === 'ko' ? 'en' : 'ko';
        expect(hrefs.filter((h) => h === `/${lang}/data/${t.dataset}.csv`)).toHaveLength(1);
        expect(hrefs.filter((h) => h === `/${other}/data/${t.dataset}.csv`)).toHaveLength(1);
        expect(hrefs.filter((h) => h === `/data/${t.dataset}.json`)).toHaveLength(1);

        const bytes = readFileSync(`${DIST}/${lang}/data/${t.dataset}.csv`);
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const csv = parseCsv(bytes.toString('utf8'));
        const headings = byTag(byTag(table, 'thead')[0]!, 'th').map((th) => textOf(th));
        expect(csv[0]).toEqual(['id', ...headings]);
        expect(csv).toHaveLength(t.rows + 1);
        expect(csv.slice(1).map((r) => r[0])).toEqual(ids);
        for (const row of csv.slice(1)) {
          expect(row).toHaveLength(headings.length + 1);
          for (const value of row.slice(1, 1 + t.groupColumns)) expect(value.length).toBeGreaterThan(0);
        }
        // The group label of each row is the one the page shows over that row.
        const firstOfGroup = Object.values(t.groups).reduce<number[]>((acc, n) => [...acc, (acc.at(-1) ?? 0) + n], [0]).slice(0, -1);
        const labels = groupCells(table, 0).map((th) => textOf(th));
        firstOfGroup.forEach((rowIndex, g) => expect(csv[rowIndex + 1]?.[1], `group ${g}`).toBe(labels[g]));

        const json = JSON.parse(readFileSync(`${DIST}/data/${t.dataset}.json`, 'utf8')) as Record<string, unknown> & { counts: Record<string, number> };
        expect(json['dataset']).toBe(t.dataset);
        expect(json.counts[t.json]).toBe(t.rows);
        expect((json[t.json] as { id: string }[]).map((e) => e.id)).toEqual(ids);
      });
    });
  }
}
