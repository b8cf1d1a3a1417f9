/**
 * A language-resolved table: the one shape that the HTML table, the CSV download and the search
 * index are all made from, so a cell is written once in content/ and appears the same everywhere.
 */

/** A piece of a cell: plain text, a bulleted list, or a sub-heading (with its footnote number). */
export type CellBlock =
  | { kind: 'text'; text: string; lang?: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'heading'; text: string; footnote?: number | undefined };

export type Cell = CellBlock[];

export interface TableRow {
  /** The row's anchor id. */
  id: string;
  /** Cells after the group cells. */
  cells: Cell[];
  /** Editorial-note ids attached to the row. */
  notes: string[];
  /** Ids of content/references.yaml that the row's texts from outside the article come from (in this language). */
  sources?: string[];
}

export interface TableGroup {
  /** The group's id (the level or category). */
  id: string;
  /** Cells that span all the group's rows (level and goal, or category). Empty for ungrouped tables. */
  cells: Cell[];
  rows: TableRow[];
}

export interface TableModel {
  /** `table-1` … */
  id: string;
  number: number;
  title: string;
  source?: string | undefined;
  /** Column headings, group columns first. */
  columns: string[];
  /** How many leading columns are group cells. */
  groupColumns: number;
  groups: TableGroup[];
}

export const text = (value: string): CellBlock => ({ kind: 'text', text: value });
export const bullets = (items: string[]): CellBlock => ({ kind: 'bullets', items });

/** A cell as plain text: blocks on their own lines, bullets marked "• ". */
export function cellToText(cell: Cell): string {
  return cell
    .map((block) => {
      switch (block.kind) {
        case 'text':
          return block.text;
        case 'heading':
          return block.footnote === undefined ? block.text : `${block.text} [${block.footnote}]`;
        case 'bullets':
          return block.items.map((item) => `• ${item}`).join('\n');
      }
    })
    .join('\n');
}

/** Every row as a flat record of column → text, groups repeated on each row (for CSV and JSON). */
export function flattenRows(table: TableModel): { id: string; values: string[] }[] {
  return table.groups.flatMap((group) =>
    group.rows.map((row) => ({ id: row.id, values: [...group.cells, ...row.cells].map(cellToText) })),
  );
}

/** Number of data rows. */
export function rowCount(table: TableModel): number {
  return table.groups.reduce((sum, group) => sum + group.rows.length, 0);
}
