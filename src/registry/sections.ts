/**
 * The site's sections, in navigation order: each one's address under `/<lang>/`, its name in the
 * navigation, the kind its pages are filed under in search, and the fixed pages under it. From
 * this list: the page keys and paths (lib/site/paths.ts), the header's navigation, the search
 * kinds and the kind of a page by its address (lib/search/kinds.ts), and the search page's list
 * of every page (lib/search/directory.ts).
 *
 * Adding a section is its entry here, its route under src/pages/[lang]/ and its interface
 * strings (`nav.<key>`, `search.kind.<kind>`).
 */
import type { UiKey } from '../i18n';
import { STRATEGY_TABLES } from './strategy-tables';

/** A fixed page: its key (for links), its path under `/<lang>/` and the string that names it. */
export interface FixedPage {
  key: string;
  path: string;
  /** Its name in the navigation and the list of every page: short (`Organisation`). */
  label: UiKey;
  /** Its full name where it stands alone, as in a link from the revision history, when the label says too little (`UCLG's organisation`). */
  title?: UiKey;
}

export interface Section extends FixedPage {
  /** Whether the header's navigation lists it (home and search have places of their own). */
  nav: boolean;
  /** The search kind of its pages; none for a page search leaves out. */
  kind?: string;
  /** The kind of the pages of its entries (`/<lang>/lineage/<id>/`), when not the section's own. */
  entryKind?: string;
  /** The kind of records (not pages) it adds to the index: the strategy tables' rows. */
  recordKind?: string;
  /** Fixed pages under it, in the order the list of every page shows them. */
  pages?: readonly FixedPage[];
}

export const SECTIONS = [
  { key: 'home', path: '', label: 'nav.home', nav: false, kind: 'home' },
  {
    key: 'article',
    path: 'article/',
    label: 'nav.article',
    nav: true,
    kind: 'article',
    pages: [
      { key: 'parallel', path: 'article/parallel/', label: 'home.readParallel' },
      { key: 'cite', path: 'article/cite/', label: 'search.directory.cite' },
    ],
  },
  { key: 'lineage', path: 'lineage/', label: 'nav.lineage', nav: true, kind: 'lineage', entryKind: 'organisation' },
  { key: 'congresses', path: 'congresses/', label: 'nav.congresses', nav: true, kind: 'congress' },
  { key: 'hague', path: 'hague-agenda/', label: 'nav.hague', nav: true, kind: 'hague-agenda' },
  {
    key: 'strategy',
    path: 'strategy/',
    label: 'nav.strategy',
    nav: true,
    kind: 'strategy',
    recordKind: 'strategy-row',
    pages: STRATEGY_TABLES.map((table) => ({ key: table.key, path: `strategy/${table.slug}/`, label: `${table.strings}.title` as const })),
  },
  { key: 'organisation', path: 'organisation/', label: 'nav.organisation', title: 'structure.title', nav: true, kind: 'organisation-structure' },
  { key: 'glossary', path: 'glossary/', label: 'nav.glossary', nav: true, kind: 'glossary' },
  { key: 'data', path: 'data/', label: 'nav.data', nav: true, kind: 'data' },
  { key: 'search', path: 'search/', label: 'nav.search', nav: false },
  { key: 'changes', path: 'changes/', label: 'nav.changes', nav: false, kind: 'changes' },
  { key: 'sources', path: 'sources/', label: 'nav.sources', nav: false, kind: 'sources' },
] as const satisfies readonly Section[];

type Sections = (typeof SECTIONS)[number];
/** The key of every fixed page: sections and the pages under them. */
export type PageKey = Sections['key'] | (Sections extends infer S ? (S extends { pages: readonly (infer P extends FixedPage)[] } ? P['key'] : never) : never) | (typeof STRATEGY_TABLES)[number]['key'];

/** The value of `P` in the sections that have one. */
type ValueOf<S, P extends string> = S extends { readonly [key in P]: infer V extends string } ? V : never;
/** Every kind a page or record is filed under in search. */
export type SearchKind = ValueOf<Sections, 'kind'> | ValueOf<Sections, 'entryKind'> | ValueOf<Sections, 'recordKind'>;

/** Every fixed page, in the order of the navigation, each section followed by the pages under it. */
export const FIXED_PAGES: readonly FixedPage[] = SECTIONS.flatMap((section: Section) => [section, ...(section.pages ?? [])]);
