/**
 * Turns a built page into the documents the search index is made from, in memory (dist/ is
 * left as Astro wrote it):
 *  - words a page should be found by but never shows (the parts of its Korean compounds, a
 *    glossary entry's other-language term) go into a hidden `keywords` metadata field, which
 *    Pagefind searches (1.5+) but never puts into excerpts;
 *  - a page that declares no kind is filed under the kind its address implies;
 *  - each section of the article (`section.article-section` with its `h2[id]`) becomes a result
 *    of its own, linked to its heading, so a result loads that section's text, not the article's;
 *    the figure, tables and box standing in a section are left to their own pages (and the
 *    strategy rows to their records), where a search for their content leads;
 *  - cells of description lists, lists and tables are kept apart by a space, which Pagefind does
 *    not add between them (`<dt>한국어</dt><dd>외교</dd>` would index as one word `한국어외교`);
 *  - on a glossary entry's page, the list of facts (the term again under each language's name,
 *    its other spellings, its category) and the section headings are left out of the text, so
 *    the text, and every excerpt of it, reads as the term pair and the definition; the spellings
 *    stay searchable through the page's `terms` field;
 *  - metadata captured from an element's text is captured from an attribute instead when the
 *    element holds weighted text: Pagefind 1.6 leaks its internal `___END_PAGEFIND_WEIGHT___`
 *    marker into such a capture (`<h1 data-pagefind-meta="title">city <span
 *    data-pagefind-weight="1">diplomacy</span></h1>` gives the title `city diplomacy ___END…`).
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { compoundKeywords } from './korean-compounds';
import { TERMS_SEPARATOR } from './page-state';

export interface SearchDocument {
  /** The result's URL from the site root, without the base path: `/ko/article/#s1`. */
  url: string;
  /** The HTML Pagefind indexes. */
  html: string;
  /** The hidden keywords it was given (for the build log and tests). */
  keywords: string[];
}

export interface DocumentOptions {
  /** The page's URL from the site root, without the base path: `/ko/article/`. */
  url: string;
  /** The known parts of Korean compounds. */
  parts: ReadonlySet<string>;
  /** More words the page should be found by, kept in the hidden `keywords` field. */
  keywords?: readonly string[];
  /**
   * A glossary entry's spellings (its term in both languages, its aliases, its Hanja), kept in a
   * `terms` field: searchable, and returned with the result so the page can put an exact match
   * first and show the entry's own text as its excerpt. Given only for a glossary entry's page,
   * whose list of facts and headings are then left out of the indexed text.
   */
  terms?: readonly string[];
  /** The kind to file the page under if it declares none. */
  fallbackKind?: string | undefined;
}

/** Elements Pagefind leaves out of the index by default, and ours that it also leaves out. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'form', 'svg', 'head']);

const isElement = (node: RootContent | ElementContent | Root): node is Element => node.type === 'element';
const has = (element: Element, property: string) => element.properties[property] !== undefined && element.properties[property] !== null && element.properties[property] !== false;
const classes = (element: Element) => {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
};

function findAll(node: Root | Element, test: (element: Element) => boolean, into: Element[] = []): Element[] {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) into.push(child);
    else findAll(child, test, into);
  }
  return into;
}

/**
 * The text Pagefind would index from a subtree, ignored parts and chrome left out: its text
 * nodes joined by a space (for finding words), or by nothing (for a title, as displayed).
 */
export function indexableText(node: Root | Element, separator = ' '): string {
  const parts: string[] = [];
  const walk = (current: Root | Element) => {
    for (const child of current.children) {
      if (child.type === 'text') parts.push(child.value);
      else if (isElement(child) && !SKIPPED.has(child.tagName) && !has(child, 'dataPagefindIgnore')) walk(child);
    }
  };
  walk(node);
  return parts.join(separator);
}

/** Elements whose text Pagefind runs into the next element's without a space. */
const SEPARATED = new Set(['dt', 'dd', 'li', 'td', 'th', 'caption', 'figcaption', 'summary', 'label']);

/** Separates the text of adjacent cells and items with a space. */
function separateCells(node: Root | Element): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    separateCells(child);
    if (SEPARATED.has(child.tagName)) child.children.push({ type: 'text', value: ' ' });
  }
}

/** Moves text captures of metadata (`data-pagefind-meta="title"`) over weighted text to an attribute. */
function captureWeightedMetaFromAttribute(node: Root | Element): void {
  for (const element of findAll(node, (e) => /^\s*[\w-]+\s*$/.test(String(e.properties['dataPagefindMeta'] ?? '')))) {
    if (findAll(element, (e) => has(e, 'dataPagefindWeight')).length === 0) continue;
    const key = String(element.properties['dataPagefindMeta']).trim();
    element.properties['dataPagefindMeta'] = `${key}[data-pagefind-meta-text]`;
    element.properties['dataPagefindMetaText'] = indexableText(element, '').replace(/\s+/g, ' ').trim();
  }
}

/** In an article section: the figure, tables and box, which have pages of their own. */
const standsOnItsOwnPage = (element: Element) => element.tagName === 'figure' || element.tagName === 'aside';

const hiddenSpan = (properties: Element['properties']): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { hidden: true, ...properties },
  children: [],
});

/**
 * Leaves a glossary entry's labelled facts (`dl.facts`) and its section headings (정의 /
 * Definition) out of the index: they would read as field labels in an excerpt.
 */
function leaveOutEntryLabels(main: Element): void {
  const labels = findAll(main, (e) => (e.tagName === 'dl' && classes(e).includes('facts')) || /^h[2-6]$/.test(e.tagName));
  for (const element of labels) element.properties['dataPagefindIgnore'] = '';
}

/** A hidden element whose attribute Pagefind reads as the searchable `keywords` metadata. */
export function keywordsElement(keywords: readonly string[]): Element {
  return hiddenSpan({ dataPagefindMeta: 'keywords[data-keywords]', dataKeywords: keywords.join(' ') });
}

export { TERMS_SEPARATOR };

function termsElement(terms: readonly string[]): Element {
  return hiddenSpan({ dataPagefindMeta: 'terms[data-terms]', dataTerms: terms.join(TERMS_SEPARATOR) });
}

/** The kind a page declares through `data-pagefind-filter="kind:…"`, if any. */
function declaredKind(tree: Root): string | undefined {
  for (const element of findAll(tree, (e) => typeof e.properties['dataPagefindFilter'] === 'string')) {
    const match = /^kind:(.+)$/.exec(String(element.properties['dataPagefindFilter']).trim());
    if (match) return match[1];
  }
  return undefined;
}

function headingText(element: Element): string {
  return indexableText(element, '').replace(/\s+/g, ' ').trim();
}

/** The article's sections on a page: `section.article-section` holding an `h2` with an id. */
function articleSections(body: Element): { element: Element; id: string; title: string }[] {
  return findAll(body, (e) => e.tagName === 'section' && classes(e).includes('article-section')).flatMap((element) => {
    const heading = findAll(element, (e) => e.tagName === 'h2')[0];
    const id = heading?.properties['id'];
    return heading && typeof id === 'string' ? [{ element, id, title: headingText(heading) }] : [];
  });
}

function removeChild(root: Root | Element, target: Element): boolean {
  const index = root.children.indexOf(target as never);
  if (index >= 0) {
    root.children.splice(index, 1);
    return true;
  }
  return root.children.some((child) => isElement(child) && removeChild(child, target));
}

function uniqueWords(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.trim()).filter(Boolean))];
}

/**
 * The documents to index for one built page: none when the page has no `data-pagefind-body`
 * (Pagefind would skip it too), one per article section plus the rest of the page for the
 * article, one otherwise.
 */
export function searchDocuments(html: string, options: DocumentOptions): SearchDocument[] {
  const tree = fromHtml(html);
  separateCells(tree);
  captureWeightedMetaFromAttribute(tree);
  const bodies = findAll(tree, (e) => has(e, 'dataPagefindBody'));
  const main = bodies[0];
  if (!main) return [];
  const htmlElement = findAll(tree, (e) => e.tagName === 'html')[0];
  const lang = String(htmlElement?.properties['lang'] ?? '');
  const kind = declaredKind(tree) ?? options.fallbackKind;
  const extra = options.keywords ?? [];
  const terms = uniqueWords(options.terms ?? []);
  if (terms.length > 0) for (const body of bodies) leaveOutEntryLabels(body);

  const documents: SearchDocument[] = [];
  for (const section of articleSections(main)) {
    removeChild(tree, section.element);
    for (const element of findAll(section.element, standsOnItsOwnPage)) removeChild(section.element, element);
    const keywords = uniqueWords([...compoundKeywords(indexableText(section.element), options.parts)]);
    const content: ElementContent[] = [section.element];
    if (kind) content.push(hiddenSpan({ dataPagefindFilter: `kind:${kind}` }));
    if (keywords.length > 0) content.push(keywordsElement(keywords));
    const page: Root = {
      type: 'root',
      children: [
        { type: 'doctype' },
        {
          type: 'element',
          tagName: 'html',
          properties: { lang },
          children: [
            { type: 'element', tagName: 'head', properties: {}, children: [{ type: 'element', tagName: 'meta', properties: { dataPagefindMeta: 'title[content]', content: section.title }, children: [] }] },
            { type: 'element', tagName: 'body', properties: {}, children: [{ type: 'element', tagName: 'main', properties: { dataPagefindBody: '' }, children: content }] },
          ],
        },
      ],
    };
    documents.push({ url: `${options.url.split('#')[0]}#${section.id}`, html: toHtml(page), keywords });
  }

  const text = bodies.map((body) => indexableText(body)).join(' ');
  const keywords = uniqueWords([...extra, ...compoundKeywords([text, ...extra, ...terms].join(' '), options.parts)]);
  if (!declaredKind(tree) && kind) main.children.push(hiddenSpan({ dataPagefindFilter: `kind:${kind}` }));
  if (keywords.length > 0) main.children.push(keywordsElement(keywords));
  if (terms.length > 0) main.children.push(termsElement(terms));
  documents.unshift({ url: options.url, html: toHtml(tree), keywords });
  return documents;
}
