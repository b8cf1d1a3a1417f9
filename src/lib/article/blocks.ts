/**
 * The rendered HTML of an article section, taken apart into its top-level blocks. Each section
 * is parsed once and serialised once per block; every change (heading anchors, the other
 * edition's ids, dropping previews) is made on the tree in between.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root, RootContent } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** One top-level block of a rendered section: a paragraph, heading, table, figure or box. */
export interface Block {
  /** The block's id (`s3-p4`, `table-1`), if it has one. */
  id: string | undefined;
  /** Its tag name. */
  tag: string;
  /** Its tree, to change before it is serialised. */
  element: Element;
}

const parse = (html: string): Root => fromHtml(html, { fragment: true });

function blockIdOf(element: Element): string | undefined {
  const own = element.properties['id'];
  if (typeof own === 'string') return own;
  // A component block (table, figure) may carry its id one level down.
  const child = element.children.find((c): c is Element => c.type === 'element' && typeof c.properties['id'] === 'string');
  return child ? String(child.properties['id']) : undefined;
}

/** The top-level blocks of a parsed fragment, whitespace between them dropped. */
function blocksOf(tree: Root): Block[] {
  return tree.children
    .filter((node): node is Element => node.type === 'element')
    .map((element) => ({ id: blockIdOf(element), tag: element.tagName, element }));
}

/** Splits rendered section HTML into its top-level blocks. */
export function splitBlocks(html: string): Block[] {
  return blocksOf(parse(html));
}

/** A block's HTML. */
export const blockHtml = (block: Block): string => toHtml(block.element);

const ID_ATTRIBUTES = ['id', 'htmlFor', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'popoverTarget'] as const;

/** Footnote anchors always belong to the edition they stand in, wherever they are defined. */
const EDITION_ANCHOR = /^fn(?:ref)?-\d+$/;

/** Every id defined in a tree. */
export function definedIds(tree: Root | Element): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (element: Element) => {
    const id = element.properties['id'];
    if (typeof id === 'string') ids.add(id);
  });
  return ids;
}

/**
 * Prefixes the ids of a tree, and the links to them, so that a second copy of the same text
 * can stand on one page (the other edition in the parallel view) without duplicate ids. Links to
 * ids defined elsewhere on the page (the reference list, editorial notes) are left alone, except
 * footnote anchors, which belong to the edition. Radio groups are renamed too, so the copy's
 * filters stay independent.
 */
export function prefixIds(tree: Root | Element, prefix: string, local: ReadonlySet<string> = definedIds(tree)): void {
  const rewrite = (id: string) => (local.has(id) || EDITION_ANCHOR.test(id) ? `${prefix}${id}` : id);
  visit(tree, 'element', (element: Element) => {
    // Diagrams carry ids of their own per language (and url(#…) references to them): leave them be.
    if (element.tagName === 'svg') return SKIP;
    const props = element.properties as Record<string, unknown>;
    for (const key of ID_ATTRIBUTES) {
      const value = props[key];
      if (typeof value === 'string') props[key] = rewrite(value);
      else if (Array.isArray(value)) props[key] = value.map((v) => rewrite(String(v)));
    }
    const href = props['href'];
    if (typeof href === 'string' && href.startsWith('#') && href.length > 1) props['href'] = `#${rewrite(href.slice(1))}`;
    if (element.tagName === 'input' && typeof props['name'] === 'string') props['name'] = `${prefix}${props['name']}`;
    return undefined;
  });
}

/**
 * Removes the hover previews (footnote text, term definitions, editorial notes shown beside a
 * marker) from a tree. The parallel view drops them: it holds both editions, so previews would
 * double an already long page, and every marker still links to its note. A marker that named its
 * preview as its description (an editorial note's †) loses that reference with it.
 */
export function removePreviews(tree: Root | Element): void {
  const removed = new Set<string>();
  visit(tree, 'element', (element: Element, index, parent) => {
    const classes = element.properties['className'];
    if (parent && index !== undefined && Array.isArray(classes) && classes.includes('preview')) {
      if (typeof element.properties['id'] === 'string') removed.add(element.properties['id']);
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  if (removed.size === 0) return;
  visit(tree, 'element', (element: Element) => {
    const described = element.properties['ariaDescribedBy'];
    if (!Array.isArray(described)) return;
    const kept = described.filter((id) => !removed.has(String(id)));
    if (kept.length > 0) element.properties['ariaDescribedBy'] = kept;
    else delete element.properties['ariaDescribedBy'];
  });
}

/** Adds a visible "#" link to a heading, pointing at its own id (left out of the source text). */
export function addAnchor(heading: Element, id: string, label: string): void {
  heading.children.push({
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: label, dataNoSource: '', dataPagefindIgnore: '' },
    children: [{ type: 'text', value: '#' }],
  });
}

/** The visible text of a fragment, without the elements marked `data-no-source` (previews, editorial marks). */
export function sourceText(html: string): string {
  let text = '';
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') text += node.value;
      else if (node.type === 'element' && !('dataNoSource' in node.properties)) walk(node.children);
    }
  };
  walk(parse(html).children);
  return text;
}

/** A block of the parallel view: the same block in both editions, each as HTML. */
export interface BlockPair {
  id: string | undefined;
  html: { ko: string; en: string };
}

/**
 * The parallel view of one section: both editions' blocks side by side, without previews. The
 * page's own edition keeps the plain ids (links and the language switch land on it); the other
 * edition's ids get the prefix `<other>-`. The editions' blocks were checked to match when the
 * content was loaded (lib/content/integrity.ts); a mismatch here is a bug, named by `where`.
 */
export function parallelPairs(html: { ko: string; en: string }, lang: 'ko' | 'en', where: string): BlockPair[] {
  const other = lang === 'ko' ? 'en' : 'ko';
  const trees = { ko: parse(html.ko), en: parse(html.en) };
  removePreviews(trees.ko);
  removePreviews(trees.en);
  const otherIds = definedIds(trees[other]);
  const blocks = { ko: blocksOf(trees.ko), en: blocksOf(trees.en) };
  const count = Math.max(blocks.ko.length, blocks.en.length);
  const pairs: BlockPair[] = [];
  for (let i = 0; i < count; i++) {
    const [a, b] = [blocks.ko[i], blocks.en[i]];
    if (!a || !b || a.id !== b.id || a.tag !== b.tag) {
      throw new Error(`${where}: the rendered editions differ at block ${i + 1} (ko: ${a ? `${a.tag}#${a.id ?? ''}` : 'none'}, en: ${b ? `${b.tag}#${b.id ?? ''}` : 'none'})`);
    }
    prefixIds((other === 'ko' ? a : b).element, `${other}-`, otherIds);
    pairs.push({ id: a.id, html: { ko: blockHtml(a), en: blockHtml(b) } });
  }
  return pairs;
}
