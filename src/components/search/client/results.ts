/**
 * One search result as DOM, built with DOM methods only: titles and text are set as text, and an
 * excerpt's <mark>s are rebuilt from text parts (lib/search/page-state.ts), so no HTML from a
 * query or a page can run.
 */
import { cleanTitle, entryExcerpt, excerptAround, excerptParts, markTerms, mentions, TERMS_SEPARATOR, type TextPart } from '../../../lib/search/page-state';
import type { PagefindData } from './pagefind';

/** Sub-results (headings of a page that match) shown under a result. */
const SUB_RESULTS = 3;

function appendParts(element: HTMLElement, parts: readonly TextPart[]): void {
  for (const part of parts) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      element.append(mark);
    } else element.append(document.createTextNode(part.text));
  }
}

/**
 * A glossary entry found by its name shows its term pair and the start of its definition; other
 * results, Pagefind's excerpt with the query's terms marked, or, for a result found through its
 * hidden keywords, the place the term stands.
 */
function excerptFor(data: PagefindData, terms: readonly string[]): TextPart[] {
  const spellings = data.meta['terms'];
  if (spellings && mentions(spellings, terms)) return entryExcerpt(data.content, spellings.split(TERMS_SEPARATOR), terms);
  const { excerpt, content } = data;
  const parts = excerptParts(excerpt);
  if (parts.some((part) => part.mark)) return markTerms(parts, terms);
  return excerptAround(content, terms) ?? parts;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The headings of the page that match, except the page's own title (its h1 or the section's h2). */
function subResults(data: PagefindData, terms: readonly string[], label: string): HTMLUListElement | undefined {
  const subs = data.sub_results.filter((sub) => sub.url !== data.url && sub.url.includes('#') && sub.title !== data.meta['title']).slice(0, SUB_RESULTS);
  if (subs.length === 0) return undefined;
  const list = element('ul', 'search-subresults');
  list.setAttribute('aria-label', label);
  for (const sub of subs) {
    const link = element('a', undefined, cleanTitle(sub.title));
    link.href = sub.url;
    const excerpt = element('p');
    appendParts(excerpt, markTerms(excerptParts(sub.excerpt), terms));
    const item = element('li');
    item.append(link, excerpt);
    list.append(item);
  }
  return list;
}

export interface ResultLabels {
  /** The kinds of page by value, as the kind filter names them. */
  kinds: ReadonlyMap<string, string>;
  /** The label of a result's list of matching headings. */
  subResults: string;
}

/** A result: its kind (and group, for a table row), its linked title, its excerpt, its matching headings. */
export function renderResult(data: PagefindData, terms: readonly string[], labels: ResultLabels): HTMLLIElement {
  const item = element('li', 'search-result');
  const kind = data.filters['kind']?.[0];
  const label = [kind ? (labels.kinds.get(kind) ?? kind) : undefined, data.meta['group']].filter(Boolean).join(' · ');
  if (label) item.append(element('p', 'search-kind', label));
  const heading = element('h3', 'search-result__title');
  const link = element('a', undefined, cleanTitle(data.meta['title'] ?? '') || data.url);
  link.href = data.url;
  heading.append(link);
  const excerpt = element('p', 'search-result__excerpt');
  appendParts(excerpt, excerptFor(data, terms));
  item.append(heading, excerpt);
  const subs = subResults(data, terms, labels.subResults);
  if (subs) item.append(subs);
  return item;
}
