/**
 * Tables 1-4 against the source: each table, rebuilt from its collections through the same model
 * the site renders (src/lib/tables/build.ts), reads exactly as the print's flattened table — caption,
 * column headings, every cell row by row, footnote numbers, source line — whitespace aside.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readDataContent } from '../../../src/lib/content/read';
import { buildTable, TABLE_IDS } from '../../../src/lib/tables/build';
import type { Cell, TableModel } from '../../../src/lib/tables/model';
import { firstDifference, squash, SOURCE_FILE } from '../../support/fidelity';

const content = await readDataContent();

const cellText = (cell: Cell) =>
  cell.map((b) => (b.kind === 'bullets' ? b.items.map((i) => `•${i}`).join('') : b.kind === 'heading' ? `${b.text}${b.footnote ?? ''}` : b.text)).join('');

/** The table as the print lays it out: caption, headings, rows (group cells on a group's first row), source. */
function printed(table: TableModel): string {
  const rows = table.groups.flatMap((group) => group.rows.map((row, i) => [...(i === 0 ? group.cells : []), ...row.cells].map(cellText).join('')));
  return squash(`표${table.number}${table.title}${table.columns.join('')}${rows.join('')}${table.source ? `자료${table.source}` : ''}`);
}

const source = squash(readFileSync(SOURCE_FILE, 'utf8')).split(squash('지방정부 국제기구, 도시외교 전략의 지렛대')).join('');
const footnoteText = (n: number) => squash((parse(readFileSync('content/footnotes/section-3.yaml', 'utf8')) as { number: number; text: { ko: string } }[]).find((f) => f.number === n)?.text.ko ?? '');

describe('tables 1-4 read exactly as printed', () => {
  for (const id of TABLE_IDS) {
    it(id, () => {
      const table = buildTable(content, id, 'ko');
      const expected = printed(table);
      const start = source.indexOf(expected.slice(0, 12));
      expect(start, 'caption found in the source').toBeGreaterThanOrEqual(0);
      // The print splices footnotes 13 and 14 into table 2; take them out of the stream.
      let region = source.slice(start, start + expected.length + 2000);
      for (const n of [13, 14]) region = region.replace(`${n}${footnoteText(n)}`, `${n}`).replace(`${n}${footnoteText(n)}`, '');
      expect(firstDifference(region.slice(0, expected.length), expected)).toBe('identical');
    });
  }

  it('has the printed number of rows', () => {
    const rows = TABLE_IDS.map((id) => buildTable(content, id, 'ko').groups.reduce((n, g) => n + g.rows.length, 0));
    expect(rows).toEqual([15, 5, 16, 18]);
  });

  it('has every cell in English too', () => {
    for (const id of TABLE_IDS) {
      const table = buildTable(content, id, 'en');
      for (const group of table.groups) for (const row of [...group.cells, ...group.rows.flatMap((r) => r.cells)]) expect(cellText(row as Cell).length).toBeGreaterThan(0);
    }
  });
});
