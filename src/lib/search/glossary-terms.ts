/**
 * Cross-language search for the glossary: a glossary entry's page is also found by its term in
 * the other language and by its aliases, so `city diplomacy` typed on the Korean site finds
 * 도시외교, and `도시외교` typed on the English site finds city diplomacy.
 */
import { isLang, otherLang, type Lang } from '../../i18n/locales';
import type { LocalizedText } from '../../schemas/localized';

export interface GlossaryTerms {
  id: string;
  term: LocalizedText;
  aliases?: readonly string[] | undefined;
  /** The term in Hanja, where the article gives it. */
  hanja?: string | undefined;
}

/** `/ko/glossary/city-diplomacy/` → { lang: 'ko', id: 'city-diplomacy' }; other pages: undefined. */
export function glossaryEntryOf(url: string): { lang: Lang; id: string } | undefined {
  const match = /^\/(ko|en)\/glossary\/([^/#?]+)\/?(?:[#?].*)?$/.exec(url);
  if (!match || !isLang(match[1])) return undefined;
  return { lang: match[1], id: decodeURIComponent(match[2]!) };
}

/**
 * An entry's spellings as its page in one language lists them: its own term first, then the other
 * language's, then the aliases and the Hanja (searchable through the page's `terms` field, since
 * the page's list of facts is left out of its indexed text: lib/search/document.ts).
 */
export function glossarySpellingsFor(entry: GlossaryTerms, lang: Lang): string[] {
  return [...new Set([entry.term[lang], entry.term[otherLang(lang)], ...(entry.aliases ?? []), ...(entry.hanja ? [entry.hanja] : [])])];
}

/** Every spelling of every term, both languages and aliases (for the compound parts). */
export function glossarySpellings(entries: readonly GlossaryTerms[]): string[] {
  return entries.flatMap((entry) => [entry.term.ko, entry.term.en, ...(entry.aliases ?? [])]);
}

/** The spellings a page is found by, if it is a glossary entry's page; none otherwise. */
export function termsForPage(url: string, entries: readonly GlossaryTerms[]): string[] {
  const page = glossaryEntryOf(url);
  const entry = page && entries.find((e) => e.id === page.id);
  return page && entry ? glossarySpellingsFor(entry, page.lang) : [];
}
