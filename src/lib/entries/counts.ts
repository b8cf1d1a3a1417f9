import type { Content } from '../content/collections';

/** What the knowledge base holds, counted from the data (so the home page never goes stale). */
export function contentCounts(content: Content) {
  return {
    sections: content.sections.filter((s) => s.id.startsWith('ko/')).length,
    footnotes: content.footnotes.length,
    organisations: content.organisations.length,
    congresses: content.congresses.length,
    hagueRows: content.hagueRows.length,
    strategyRows: content.bogotaActions.length + content.seoulStrategies.length,
    glossary: content.glossary.length,
    references: content.references.length,
  };
}
