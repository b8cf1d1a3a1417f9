/**
 * Every page of one language, grouped, for the search page's fallback when search cannot run
 * (no JavaScript): the fixed pages, then each glossary term, organisation and World Congress,
 * whose pages are generated from the collections.
 */
import type { UiKey } from '../../i18n';
import type { Lang } from '../../i18n/locales';
import type { LocalizedText } from '../../schemas/localized';
import { entryPath, pagePath, withBase, type PageKey } from '../site/paths';

export interface DirectoryLink {
  href: string;
  label: string;
}

export interface DirectoryGroup {
  /** The interface string naming the group. */
  title: UiKey;
  links: DirectoryLink[];
}

/**
 * The fixed pages, in the order of the site's navigation, with the string that names each. The
 * search page itself is not listed: the reader is on it.
 */
export const FIXED_PAGES: readonly { page: PageKey | 'article/cite/'; label: UiKey }[] = [
  { page: 'home', label: 'nav.home' },
  { page: 'article', label: 'nav.article' },
  { page: 'parallel', label: 'home.readParallel' },
  { page: 'article/cite/', label: 'search.directory.cite' },
  { page: 'lineage', label: 'nav.lineage' },
  { page: 'congresses', label: 'nav.congresses' },
  { page: 'hague', label: 'nav.hague' },
  { page: 'strategy', label: 'nav.strategy' },
  { page: 'bogota', label: 'strategy.bogota.title' },
  { page: 'seoul', label: 'strategy.seoul.title' },
  { page: 'organisation', label: 'nav.organisation' },
  { page: 'glossary', label: 'nav.glossary' },
  { page: 'data', label: 'nav.data' },
];

export interface DirectorySources {
  glossary: readonly { id: string; term: LocalizedText }[];
  /** Organisations with their label in this language (listed alphabetically). */
  organisations: readonly { id: string; label: string }[];
  /** Congresses with their label in this language, in the order to list them. */
  congresses: readonly { id: string; label: string }[];
}

/** The groups of links, each href with the deployment base path. */
export function pageDirectory(lang: Lang, sources: DirectorySources, t: (key: UiKey) => string, base = '/'): DirectoryGroup[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const terms = [...sources.glossary].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
  const organisations = [...sources.organisations].sort((a, b) => collator.compare(a.label, b.label));
  const entry = (page: PageKey, id: string, label: string): DirectoryLink => ({ href: withBase(base, entryPath(lang, page, id)), label });
  return [
    { title: 'search.directory.pages', links: FIXED_PAGES.map(({ page, label }) => ({ href: withBase(base, pagePath(lang, page)), label: t(label) })) },
    { title: 'search.directory.glossary', links: terms.map((term) => entry('glossary', term.id, term.term[lang])) },
    { title: 'search.directory.organisations', links: organisations.map((o) => entry('lineage', o.id, o.label)) },
    { title: 'search.directory.congresses', links: sources.congresses.map((c) => entry('congresses', c.id, c.label)) },
  ];
}
