/**
 * Resolves an id that data points at (a congress outcome's `links`: a table, a reference, an
 * organisation or a glossary term) to the page that shows it and a label for the link: tables
 * to their collection pages, references to the article's reference list, organisations and terms
 * to their own pages.
 * `collections.ts` has already checked that every such id exists; an unknown id is a bug here.
 */
import { useTranslations } from '../../i18n';
import type { Lang } from '../../i18n/locales';
import type { LocalizedText } from '../../schemas/localized';
import { entryPath, pagePath, withBase, type PageKey } from '../site/paths';
import { organisationLabel } from './organisation';
import { STRATEGY_TABLES } from '../../registry/strategy-tables';

/** The entries a link may point at, reduced to what a link needs. */
export interface LinkTargets {
  tables: readonly { id: string; kind: 'figure' | 'table' | 'box'; number?: number | undefined; title: LocalizedText }[];
  references: readonly { id: string; citedAs: string; title?: string | undefined; citedBy?: 'article' | 'editors' | undefined }[];
  organisations: readonly { id: string; abbreviation: string; name: LocalizedText }[];
  glossary: readonly { id: string; term: LocalizedText }[];
}

export interface ResolvedLink {
  /** Absolute path, base path included. */
  href: string;
  /** What the link says. */
  label: string;
  /** The label's language where it may differ from the page's (a reference's title). */
  lang: string;
  /** What the id named. */
  kind: 'figure' | 'table' | 'box' | 'reference' | 'organisation' | 'glossary';
}

/** The page that shows each of the article's figure, tables and box (the article itself aside). */
export const TABLE_PAGES: Record<string, { page: PageKey; fragment?: string }> = {
  'figure-1': { page: 'lineage', fragment: 'figure-1' },
  'table-1': { page: 'hague', fragment: 'table-1' },
  'table-2': { page: 'congresses', fragment: 'table-2' },
  ...Object.fromEntries(STRATEGY_TABLES.map((table) => [table.table, { page: table.key }])),
  'mission-box': { page: 'organisation', fragment: 'mission-box' },
};

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;

/** `표3 …` / `Table 3: …`, `그림1 …` / `Figure 1: …`, or the caption alone for the box. */
export function tableLabel(table: LinkTargets['tables'][number], lang: Lang): string {
  if (table.number === undefined || table.kind === 'box') return table.title[lang];
  return useTranslations(lang)(table.kind === 'figure' ? 'label.figureTitle' : 'label.tableTitle', { n: table.number, title: table.title[lang] });
}

export function resolveLink(id: string, lang: Lang, targets: LinkTargets, base = '/'): ResolvedLink {
  const table = targets.tables.find((t) => t.id === id);
  if (table) {
    const target = TABLE_PAGES[id];
    if (!target) throw new Error(`resolveLink: no page shows "${id}"; add it to TABLE_PAGES`);
    return { href: withBase(base, pagePath(lang, target.page, target.fragment)), label: tableLabel(table, lang), lang, kind: table.kind };
  }
  const reference = targets.references.find((r) => r.id === id);
  if (reference) {
    // A work the editors consulted is named as cited (`CEMR, History`); its page title alone says little.
    const label = reference.citedBy === 'editors' ? reference.citedAs : (reference.title ?? reference.citedAs);
    const page = reference.citedBy === 'editors' ? 'sources' : 'article';
    return { href: withBase(base, pagePath(lang, page, `ref-${id}`)), label, lang: HANGUL.test(label) ? 'ko' : 'en', kind: 'reference' };
  }
  const organisation = targets.organisations.find((o) => o.id === id);
  if (organisation) {
    return { href: withBase(base, entryPath(lang, 'lineage', id)), label: organisationLabel(organisation, lang), lang, kind: 'organisation' };
  }
  const term = targets.glossary.find((g) => g.id === id);
  if (term) {
    return { href: withBase(base, entryPath(lang, 'glossary', id)), label: term.term[lang], lang, kind: 'glossary' };
  }
  throw new Error(`resolveLink: "${id}" is no table, reference, organisation or glossary term`);
}
