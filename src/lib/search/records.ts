/**
 * Search records that are not pages: each row of the two strategy tables (Bogotá, Seoul) is a
 * result of its own, linked to its row on the table's page and filterable by its level or
 * category. Made from the same table model as the HTML table and the CSV download.
 */
import { cellToText, type TableModel } from '../tables/model';

export interface SearchRecord {
  /** The result's URL from the site root, without the base path: `/ko/strategy/seoul/#row-id`. */
  url: string;
  /** What the result is called: the row's first cell (sector or policy focus). */
  title: string;
  /** The text searched and excerpted: the row's cells, then its group's (level and goal, or category). */
  content: string;
  /**
   * Metadata returned with the result: `group`, the level or category it stands under. (Every
   * metadata field is searched too, so the table's caption is not repeated on every row.)
   */
  meta: Record<string, string>;
  /** `kind: ['strategy-row']` and the row's level or category. */
  filters: Record<string, string[]>;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The labels of a table's groups (levels, categories): the values its rows are filtered by. */
export function groupLabels(table: TableModel): string[] {
  return table.groups.map((group) => flat(cellToText(group.cells[0] ?? [])));
}

/**
 * One record per row of a strategy table. `page` is the table page's path (`/ko/strategy/seoul/`),
 * `filter` the name its groups are filtered by.
 */
export function strategyRowRecords(table: TableModel, page: string, filter: string): SearchRecord[] {
  const labels = groupLabels(table);
  return table.groups.flatMap((group, index) => {
    const groupLabel = labels[index]!;
    return group.rows.map((row) => ({
      url: `${page}#${encodeURIComponent(row.id)}`,
      title: flat(cellToText(row.cells[0] ?? [])),
      content: [...row.cells, ...group.cells].map((cell) => cellToText(cell).replace(/^• /gm, '')).join('\n'),
      meta: { group: groupLabel },
      filters: { kind: ['strategy-row'], [filter]: [groupLabel] },
    }));
  });
}
