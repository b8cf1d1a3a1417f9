/**
 * The search page's pure helpers, shared by the browser script and the unit tests: the query
 * and filters as they live in the URL, Pagefind's filter object, and excerpts as text parts.
 *
 * Nothing here produces HTML. An excerpt is turned into parts of plain text, some marked, which
 * the page builds from text nodes and <mark> elements, so neither the query nor page text can
 * ever become markup.
 */

/** Queries are cut to this many characters and words: enough for any term, cheap to look up. */
export const MAX_QUERY_LENGTH = 100;
export const MAX_QUERY_WORDS = 8;

/**
 * The filter every result has: the kind of page. The other filters (a strategy table's groups)
 * narrow only that table's rows; which there are, the search form says (its fieldsets).
 */
export const KIND_FILTER = 'kind';

export interface SearchState {
  /** The query as typed (trimmed). */
  query: string;
  /** The chosen values of each filter, by filter name, in the form's order (the page offers one per filter; the URL may hold more). */
  filters: Record<string, string[]>;
}

/** The filters line's two wordings: no filter chosen, and `{count}` chosen (their labels in `{names}`). */
export interface FilterSummaryText {
  none: string;
  active: string;
}

/**
 * What the filters' disclosure says while folded: how many filters narrow the results, and to
 * what (`Filters: 1 active — Glossary term`), from the labels of the chosen values.
 */
export function filterSummary(chosen: readonly string[], text: FilterSummaryText, separator = ', '): string {
  if (chosen.length === 0) return text.none;
  return text.active.replaceAll('{count}', String(chosen.length)).replaceAll('{names}', chosen.join(separator));
}

/** The query Pagefind is given: whitespace collapsed, cut to the limits above. */
export function normalizeQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).split(' ').slice(0, MAX_QUERY_WORDS).join(' ').trim();
}

/** Reads `?q=…&kind=…&level=…`, the URL the search form submits, for the filters the form has. */
export function readState(search: string, filterNames: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(filterNames.map((name) => [name, [...new Set(params.getAll(name).filter((value) => value.trim() !== ''))]]));
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state (`?q=…&kind=…`), or '' when there is neither query nor filter. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const [name, values] of Object.entries(state.filters)) for (const value of values) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

type PagefindFilter = Record<string, { any: string[] } | Record<string, { any: string[] }>>;

/**
 * Pagefind's filter object: any of the chosen kinds, and any of the chosen groups of the strategy
 * tables (a row has one table's group only, so two together mean "either").
 */
export function pagefindFilters(filters: Readonly<Record<string, readonly string[]>>): PagefindFilter {
  const result: PagefindFilter = {};
  const kinds = filters[KIND_FILTER] ?? [];
  if (kinds.length > 0) result[KIND_FILTER] = { any: [...kinds] };
  const rows = Object.fromEntries(
    Object.entries(filters)
      .filter(([name, values]) => name !== KIND_FILTER && values.length > 0)
      .map(([name, values]) => [name, { any: [...values] }]),
  );
  if (Object.keys(rows).length > 0) result['any'] = rows;
  return result;
}

export interface TextPart {
  text: string;
  /** Whether the part matched the query (shown in <mark>). */
  mark: boolean;
}

function merge(parts: TextPart[]): TextPart[] {
  const merged: TextPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = merged.at(-1);
    if (last && last.mark === part.mark) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/**
 * A Pagefind excerpt as text parts. Pagefind escapes `<` and `>` in page text and adds nothing
 * but `<mark>` and `</mark>`; any other `<` is kept as a literal character, never as markup.
 */
export function excerptParts(excerpt: string): TextPart[] {
  const parts: TextPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else parts.push({ text: piece.replaceAll('&lt;', '<').replaceAll('&gt;', '>'), mark });
  }
  return merge(parts);
}

const HANGUL = /[\uac00-\ud7a3]/;

/** The words of a query to highlight: lowercased, punctuation at their edges dropped, longest first. */
export function queryTerms(query: string): string[] {
  const words = normalizeQuery(query)
    .toLowerCase()
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word.length > 0);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/**
 * A pattern finding the terms in text: a Korean term anywhere (it may close a compound,
 * `외교` in `공공외교`), any other term at the start of a word, as Pagefind matches it.
 */
function termPattern(terms: readonly string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const alternatives = terms.map((term) => (HANGUL.test(term) ? RegExp.escape(term) : `(?<![\\p{L}\\p{N}])${RegExp.escape(term)}`));
  return new RegExp(`(${alternatives.join('|')})`, 'giu');
}

/** Marks the terms inside the unmarked parts (Korean compound parts that Pagefind did not mark). */
export function markTerms(parts: readonly TextPart[], terms: readonly string[]): TextPart[] {
  const pattern = termPattern(terms.filter((term) => HANGUL.test(term)));
  if (!pattern) return merge([...parts]);
  return merge(
    parts.flatMap((part) =>
      part.mark ? [part] : part.text.split(pattern).map((text, index) => ({ text, mark: index % 2 === 1 })),
    ),
  );
}

/**
 * An excerpt of about `words` words of the page text around the first place a term occurs, with
 * each occurrence marked; undefined if no term occurs. For results found through their hidden
 * keywords, whose Pagefind excerpt marks nothing.
 */
export function excerptAround(content: string, terms: readonly string[], words = 30, ellipsis = '…'): TextPart[] | undefined {
  const pattern = termPattern(terms);
  if (!pattern) return undefined;
  const tokens = content.split(/\s+/).filter(Boolean);
  const first = tokens.findIndex((token) => new RegExp(pattern.source, 'iu').test(token));
  if (first < 0) return undefined;
  const start = Math.max(0, Math.min(first - Math.floor(words / 3), tokens.length - words));
  const end = Math.min(tokens.length, start + words);
  return markedText(`${start > 0 ? ellipsis : ''}${tokens.slice(start, end).join(' ')}${end < tokens.length ? ellipsis : ''}`, terms);
}

/** The first `words` words of a text, with an ellipsis if there are more. */
function firstWords(text: string, words: number, ellipsis: string): string {
  const tokens = text.split(/\s+/).filter(Boolean);
  return `${tokens.slice(0, words).join(' ')}${tokens.length > words ? ellipsis : ''}`;
}

/** Text as parts, each occurrence of a term marked (a Korean term anywhere, any other at the start of a word). */
export function markedText(text: string, terms: readonly string[]): TextPart[] {
  const pattern = termPattern(terms);
  if (!pattern) return merge([{ text, mark: false }]);
  return merge(text.split(pattern).map((piece, index) => ({ text: piece, mark: index % 2 === 1 })));
}

/** Whether a term occurs in a text, as markedText finds it. */
export function mentions(text: string, terms: readonly string[]): boolean {
  const pattern = termPattern(terms);
  return pattern !== undefined && new RegExp(pattern.source, 'iu').test(text);
}

/** The text after a spelling it opens with (punctuation before it skipped), or undefined. */
function after(text: string, spelling: string): string | undefined {
  const rest = text.replace(/^[\s.·:]+/u, '');
  if (!spelling || !rest.toLowerCase().startsWith(spelling.toLowerCase())) return undefined;
  const tail = rest.slice(spelling.length);
  return /^[\p{L}\p{N}]/u.test(tail) ? undefined : tail;
}

/**
 * A glossary entry's excerpt: its term pair, then the start of its definition, the query's terms
 * marked: `도시외교 · city diplomacy — 지방정부로 대표되는 외교. …`. `content` is the entry page's
 * indexed text, which opens with the term and the other language's term (the English page adds
 * the Hanja: `· 都市外交`) and goes on with the definition (lib/search/document.ts leaves the
 * labelled facts out); `spellings` are the entry's `terms` field, its own term first, then the
 * other language's. Where the text does not open with the pair, its first words are shown as
 * they are.
 */
export function entryExcerpt(content: string, spellings: readonly string[], terms: readonly string[], words = 24, ellipsis = '…'): TextPart[] {
  const [own = '', other = ''] = spellings;
  const afterOwn = after(content, own);
  const afterPair = afterOwn === undefined ? undefined : after(afterOwn, other);
  const text =
    afterPair === undefined
      ? firstWords(content, words, ellipsis)
      : `${own} · ${other} — ${firstWords(afterPair.replace(/^\s*·\s*[\u3400-\u4dbf\u4e00-\u9fff]+/u, '').replace(/^[\s.·:]+/u, ''), words, ellipsis)}`;
  return markedText(text, terms);
}

/** Letters and digits only, lowercased: `Para-diplomacy` equals `para diplomacy`, `도시 외교` equals `도시외교`. */
export function comparable(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Separates the spellings in a glossary entry's `terms` field (written by lib/search/document.ts). */
export const TERMS_SEPARATOR = ' · ';

/** What the ranking below reads of a result: its metadata and filters. */
export interface RankedResult {
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/**
 * Puts the glossary entries whose term is exactly the query first (the term in either language,
 * or an alias, from the entry's `terms` field), the order otherwise unchanged: Pagefind ranks
 * `지방 외교` and `외교` alike for `외교`, since both titles contain the word.
 */
export function exactTermsFirst<T extends RankedResult>(results: readonly T[], query: string, separator = TERMS_SEPARATOR): T[] {
  const wanted = comparable(query);
  if (!wanted) return [...results];
  const exact = (result: T) =>
    (result.filters['kind'] ?? []).includes('glossary') &&
    [cleanTitle(result.meta['title'] ?? ''), ...(result.meta['terms'] ?? '').split(separator)].some((term) => comparable(term) === wanted);
  return [...results.filter(exact), ...results.filter((result) => !exact(result))];
}

/**
 * A title as Pagefind returns it, without the internal markers Pagefind 1.6 can leak into text
 * captured from weighted elements (`city diplomacy ___END_PAGEFIND_WEIGHT___`).
 */
export function cleanTitle(title: string): string {
  return title.replace(/___[A-Z_]*PAGEFIND[A-Z_]*___/g, ' ').replace(/\s+/g, ' ').trim();
}
