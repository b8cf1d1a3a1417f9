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
  /** Its HTML. */
  html: string;
}

/** Splits rendered section HTML into its top-level blocks, dropping whitespace between them. */
export function splitBlocks(html: string): Block[] {
  const tree: Root = fromHtml(html, { fragment: true });
  return tree.children
    .filter((node): node is Element => node.type === 'element')
    .map((element) => ({ id: blockIdOf(element), tag: element.tagName, html: toHtml(element) }));
}

function blockIdOf(element: Element): string | undefined {
  const own = element.properties['id'];
  if (typeof own === 'string') return own;
  // A component block (table, figure) may carry its id one level down.
  const child = element.children.find((c): c is Element => c.type === 'element' && typeof c.properties['id'] === 'string');
  return child ? String(child.properties['id']) : undefined;
}

const ID_ATTRIBUTES = ['id', 'htmlFor', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'popoverTarget'] as const;

/** Footnote anchors always belong to the edition they stand in, wherever they are defined. */
const EDITION_ANCHOR = /^fn(?:ref)?-\d+$/;

/** Every id defined in a fragment. */
export function definedIds(html: string): Set<string> {
  const ids = new Set<string>();
  visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
    const id = element.properties['id'];
    if (typeof id === 'string') ids.add(id);
  });
  return ids;
}

/**
 * Prefixes the ids of a fragment, and the links to them, so that a second copy of the same text
 * can stand on one page (the other edition in the parallel view) without duplicate ids. Links to
 * ids defined elsewhere on the page (the reference list, editorial notes) are left alone, except
 * footnote anchors, which belong to the edition. Radio groups are renamed too, so the copy's
 * filters stay independent.
 */
export function prefixIds(html: string, prefix: string, local: ReadonlySet<string> = definedIds(html)): string {
  const tree: Root = fromHtml(html, { fragment: true });
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
  return toHtml(tree);
}

export interface BlockPair {
  id: string | undefined;
  left: Block;
  right: Block;
}

/**
 * Pairs the blocks of two editions of one section, in order. The editions must have the same
 * blocks with the same ids: a mismatch is a content error that names the first difference.
 */
export function pairBlocks(left: readonly Block[], right: readonly Block[], section: string): BlockPair[] {
  const count = Math.max(left.length, right.length);
  const pairs: BlockPair[] = [];
  for (let i = 0; i < count; i++) {
    const a = left[i];
    const b = right[i];
    if (!a || !b || a.id !== b.id || a.tag !== b.tag) {
      throw new Error(
        `Article section ${section}: the editions differ at block ${i + 1} (ko: ${a ? `${a.tag}#${a.id ?? ''}` : 'none'}, en: ${b ? `${b.tag}#${b.id ?? ''}` : 'none'}). Both editions need the same blocks in the same order.`,
      );
    }
    pairs.push({ id: a.id, left: a, right: b });
  }
  return pairs;
}

/** The visible text of a fragment, without the elements marked `data-no-source` (previews, editorial marks). */
export function sourceText(html: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  let text = '';
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') text += node.value;
      else if (node.type === 'element' && !('dataNoSource' in node.properties)) walk(node.children);
    }
  };
  walk(tree.children);
  return text;
}

/**
 * Removes the hover previews (footnote text, term definitions, editorial notes shown beside a
 * marker) from a fragment. The parallel view drops them: it holds both editions, so previews
 * would double an already long page, and every marker still links to its note.
 */
export function withoutPreviews(html: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (element: Element, index, parent) => {
    const classes = element.properties['className'];
    if (parent && index !== undefined && Array.isArray(classes) && classes.includes('preview')) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  return toHtml(tree);
}

/** Adds a visible "#" link to a heading, pointing at its own id (left out of the source text). */
export function withAnchor(html: string, id: string, label: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const heading = tree.children.find((node): node is Element => node.type === 'element');
  if (!heading) return html;
  heading.children.push({
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: label, dataNoSource: '', dataPagefindIgnore: '' },
    children: [{ type: 'text', value: '#' }],
  });
  return toHtml(tree);
}
