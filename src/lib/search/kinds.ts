import { isLang } from '../../i18n/locales';

/**
 * The kinds of page the search can be narrowed to. Pages declare theirs through Base's `kind`
 * prop (a hidden `data-pagefind-filter="kind:…"`); the search index files a page that declares
 * none by its address, and strategy table rows are indexed as records of their own.
 */
export const SEARCH_KINDS = [
  'article',
  'glossary',
  'organisation',
  'congress',
  'hague-agenda',
  'strategy',
  'strategy-row',
  'lineage',
  'organisation-structure',
  'data',
  'home',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export function isSearchKind(value: string): value is SearchKind {
  return (SEARCH_KINDS as readonly string[]).includes(value);
}

/** Filters a strategy row carries besides its kind: its Bogotá level or its Seoul category. */
export const ROW_FILTERS = ['level', 'category'] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];

/** The first path segment after the language, and the kind of the pages under it. */
const KIND_BY_SECTION: Record<string, SearchKind> = {
  article: 'article',
  glossary: 'glossary',
  congresses: 'congress',
  'hague-agenda': 'hague-agenda',
  strategy: 'strategy',
  organisation: 'organisation-structure',
  data: 'data',
};

/**
 * The kind of a page by its address (`/ko/lineage/uclg/` → organisation), for pages that declare
 * none. The lineage overview is `lineage`; each organisation's own page under it, `organisation`.
 */
export function kindForPath(url: string): SearchKind | undefined {
  const segments = url.split(/[?#]/)[0]!.split('/').filter(Boolean);
  if (!isLang(segments[0])) return undefined;
  if (segments.length === 1) return 'home';
  const section = segments[1];
  if (section === undefined) return undefined;
  if (section === 'lineage') return segments.length > 2 ? 'organisation' : 'lineage';
  return KIND_BY_SECTION[section];
}
