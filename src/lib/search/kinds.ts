/**
 * The kinds of page the search can be narrowed to, from the sections of registry/sections.ts.
 * Pages declare theirs through Base's `kind` prop (a hidden `data-pagefind-filter="kind:…"`); the
 * search index files a page that declares none by its address, and strategy table rows are
 * indexed as records of their own.
 */
import { isLang } from '../../i18n/locales';
import { SECTIONS, type SearchKind, type Section } from '../../registry/sections';

export type { SearchKind };

const sections: readonly Section[] = SECTIONS;

/**
 * Every kind, in the order the search page offers them: the navigation's sections first (each
 * with its entries' and records' kinds), then the pages outside it (home).
 */
export const SEARCH_KINDS = [
  ...new Set(
    [...sections.filter((s) => s.nav), ...sections.filter((s) => !s.nav)].flatMap((s) => [s.kind, s.entryKind, s.recordKind].filter((k): k is string => k !== undefined)),
  ),
] as SearchKind[];

/**
 * The kind of a page by its address (`/ko/lineage/uclg/` → organisation), for pages that declare
 * none: the kind of the section its first path segment names, or of that section's entries for a
 * page below an entry-holding section's own.
 */
export function kindForPath(url: string): SearchKind | undefined {
  const segments = url.split(/[?#]/)[0]!.split('/').filter(Boolean);
  if (!isLang(segments[0])) return undefined;
  const path = segments.length === 1 ? '' : `${segments[1]}/`;
  const section = sections.find((s) => s.path === path);
  if (!section) return undefined;
  return (segments.length > 2 && section.entryKind ? section.entryKind : section.kind) as SearchKind | undefined;
}
