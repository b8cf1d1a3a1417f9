import type { Content } from '../content/collections';
import { STRATEGY_TABLES } from '../../registry/strategy-tables';

/** What the knowledge base holds, counted from the data (so the home page never goes stale). */
export function contentCounts(content: Content) {
  return {
    sections: content.article.ko.length,
    footnotes: content.footnotes.length,
    organisations: content.organisations.length,
    congresses: content.congresses.length,
    hagueRows: content.hagueRows.length,
    strategyRows: STRATEGY_TABLES.reduce((sum, table) => sum + content[table.rows.collection].length, 0),
    glossary: content.glossary.length,
    // The article's own references; the works the editors consulted are listed apart.
    references: content.references.filter((r) => r.data.citedBy !== 'editors').length,
  };
}
