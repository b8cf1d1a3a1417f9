/** What a World Congress page shows, computed from `content/congresses.yaml`. */
import { useTranslations } from '../../i18n';
import { LANGUAGE_TAGS, type Lang } from '../../i18n/locales';
import type { Congress } from '../../schemas/congress';

/** `2004-05` → `2004년 5월` / `May 2004`. */
export function formatYearMonth(date: string, lang: Lang): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[lang], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}

const ORDINAL_SUFFIXES: Record<Intl.LDMLPluralRule, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' };

/** `1st`, `2nd`, `11th`: an English ordinal, by the language's plural rules for ordinals. */
export function englishOrdinal(n: number): string {
  return `${n}${ORDINAL_SUFFIXES[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)]}`;
}

/** `제1차 세계총회` / `1st World Congress`, as table 2 names them. */
export function congressOrdinal(ordinal: number, lang: Lang): string {
  return useTranslations(lang)('label.congress', { n: ordinal, ordinal: englishOrdinal(ordinal) });
}

/** The page title: `제1차 세계총회(2004, 파리)` / `1st World Congress (Paris, 2004)`. */
export function congressTitle(congress: Congress, lang: Lang): string {
  const year = congress.date.slice(0, 4);
  return lang === 'ko'
    ? `${congressOrdinal(congress.ordinal, lang)}(${year}, ${congress.city.ko})`
    : `${congressOrdinal(congress.ordinal, lang)} (${congress.city.en}, ${year})`;
}

/** The congresses before and after one, in ordinal order. */
export function congressNeighbours<T extends { ordinal: number }>(congresses: readonly T[], current: T): { previous?: T; next?: T } {
  const sorted = [...congresses].sort((a, b) => a.ordinal - b.ordinal);
  const index = sorted.indexOf(current);
  if (index === -1) throw new Error('congressNeighbours: the congress is not in the list');
  const previous = sorted[index - 1];
  const next = sorted[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** Every footnote number that attaches to a congress, on an outcome or on the row, ascending. */
export function congressFootnotes(congress: Congress): number[] {
  const numbers = [...congress.outcomes.flatMap((o) => (o.footnote === undefined ? [] : [o.footnote])), ...(congress.footnotes ?? [])];
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/** The purpose cell holds one line per purpose (Rabat has two). */
export function purposeLines(congress: Congress, lang: Lang): string[] {
  return congress.purpose[lang].split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
}

/** schema.org Event: name, start (YYYY-MM, as printed), city and country. */
export function congressJsonLd(congress: Congress, lang: Lang, url: string, organiser: string): Record<string, unknown> {
  return {
    '@type': 'Event',
    name: congressTitle(congress, lang),
    startDate: congress.date,
    location: {
      '@type': 'Place',
      name: congress.city[lang],
      address: { '@type': 'PostalAddress', addressLocality: congress.city[lang], addressCountry: congress.country[lang] },
    },
    organizer: { '@type': 'Organization', name: organiser },
    url,
  };
}
