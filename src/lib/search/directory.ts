/**
 * Every page of one language, grouped, for the search page's fallback when search cannot run
 * (no JavaScript): the fixed pages, then each glossary term, organisation and World Congress,
 * whose pages are generated from the collections.
 */
import type { UiKey } from '../../i18n';
import type { Lang } from '../../i18n/locales';
import type { LocalizedText } from '../../schemas/localized';
import { FIXED_PAGES } from '../../registry/sections';
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
    // The search page itself is not listed: the reader is on it.
    { title: 'search.directory.pages', links: FIXED_PAGES.filter((page) => page.key !== 'search').map(({ key, label }) => ({ href: withBase(base, pagePath(lang, key)), label: t(label) })) },
    { title: 'search.directory.glossary', links: terms.map((term) => entry('glossary', term.id, term.term[lang])) },
    { title: 'search.directory.organisations', links: organisations.map((o) => entry('lineage', o.id, o.label)) },
    { title: 'search.directory.congresses', links: sources.congresses.map((c) => entry('congresses', c.id, c.label)) },
  ];
}
