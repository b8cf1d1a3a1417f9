/** The glossary index: terms in the reader's alphabetical order, filed under initial headings. */
import type { Lang } from '../../i18n/locales';
import type { LocalizedText } from '../../schemas/localized';
import { indexInitial } from '../../i18n/hangul';

export interface IndexGroup<T> {
  /** `ㄱ`, `ㄴ` … in Korean; `A`, `B` … in English; `#` for anything else. */
  heading: string;
  terms: T[];
}

/** The first letter of a Latin word as an index heading, accents dropped (`É` → `E`). */
export function latinHeading(text: string): string {
  const first = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** The heading a term is filed under in one language. */
export function indexHeading(term: LocalizedText, lang: Lang): string {
  return lang === 'ko' ? (indexInitial(term.ko) ?? latinHeading(term.ko)) : latinHeading(term.en);
}

/**
 * Orders terms for one language (Korean: 가나다 by the Korean term, with the Korean collation of
 * Intl.Collator; English: A–Z by the English term, case and accents ignored) and groups them
 * under their headings. Equal terms fall back to the id, so the order never depends on the input.
 */
export function glossaryIndex<T extends { id: string; term: LocalizedText }>(terms: readonly T[], lang: Lang): IndexGroup<T>[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const sorted = [...terms].sort((a, b) => collator.compare(a.term[lang], b.term[lang]) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups: IndexGroup<T>[] = [];
  for (const term of sorted) {
    const heading = indexHeading(term.term, lang);
    const last = groups.at(-1);
    if (last?.heading === heading) last.terms.push(term);
    else groups.push({ heading, terms: [term] });
  }
  return groups;
}

/**
 * The first sentence of a definition, for the index and the term previews: up to the first full
 * stop that ends a sentence (followed by a space or the end), cut at a word boundary with "…" past
 * `max` characters. A first sentence shorter than `minWords` words (‘A coinage of the article.’)
 * says too little alone, so the next sentences join it until the text has that many words.
 */
export function shortDefinition(text: string, max = 160, minWords = 6): string {
  const stops = /[.!?](?=\s|$)/g;
  let sentence = text;
  for (let end = stops.exec(text); end; end = stops.exec(text)) {
    const candidate = text.slice(0, end.index + 1);
    if (candidate.split(/\s+/).length >= minWords) {
      sentence = candidate;
      break;
    }
  }
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:·—–-]+$/, '')}…`;
}

/** A piece of a term's heading; `shared` when it is, word for word, another glossary term. */
export interface TitleSegment {
  text: string;
  shared: boolean;
}

/**
 * Splits a term into pieces, marking the whole words that are another, shorter glossary term
 * (`diplomacy` in `knowledge diplomacy`). The heading weights the term for search; the shared
 * words are given ordinary weight, so that the page of the shorter term, not every compound
 * built on it, ranks first when a reader searches for exactly that term.
 */
export function titleSegments(text: string, others: readonly string[], lang: Lang): TitleSegment[] {
  const fold = (s: string) => (lang === 'en' ? s.toLowerCase() : s);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const other of others) {
    if (other.length >= text.length || other.trim() === '') continue;
    let from = 0;
    for (;;) {
      const at = fold(text).indexOf(fold(other), from);
      if (at < 0) break;
      const end = at + other.length;
      // Whole words only: after a space or a hyphen (e-diplomacy), before a space or the end.
      if ((at === 0 || text[at - 1] === ' ' || text[at - 1] === '-') && (end === text.length || text[end] === ' ')) marked.fill(true, at, end);
      from = at + 1;
    }
  }
  const segments: TitleSegment[] = [];
  for (let i = 0; i < text.length; i++) {
    const shared = marked[i]!;
    const last = segments.at(-1);
    if (last?.shared === shared) last.text += text[i];
    else segments.push({ text: text[i]!, shared });
  }
  return segments;
}
