/**
 * A small read-only DOM over hast, for the static quality checks of built HTML (links, headings,
 * head metadata, scripts). Attribute names are the HTML ones (`http-equiv`, `aria-hidden`).
 */
import { fromHtml } from 'hast-util-from-html';
import { find, html as htmlSchema } from 'property-information';
import type { Element, ElementContent, Root, RootContent } from 'hast';

export type { Element } from 'hast';

/** Parses a whole HTML document. */
export function parseHtml(source: string): Root {
  return fromHtml(source);
}

/** Every element of the tree in document order. */
export function elements(node: Root | Element): Element[] {
  const found: Element[] = [];
  const walk = (children: (RootContent | ElementContent)[]) => {
    for (const child of children) {
      if (child.type === 'element') {
        found.push(child);
        walk(child.children);
        // <template> content is parsed into .content by hast; it is not part of the document.
      }
    }
  };
  walk(node.children);
  return found;
}

/** The elements with one of the given tag names, in document order. */
export function byTag(node: Root | Element, ...tags: string[]): Element[] {
  return elements(node).filter((el) => tags.includes(el.tagName));
}

/** An attribute's value as it was written in HTML, or undefined when it is absent. */
export function attr(el: Element, name: string): string | undefined {
  const info = find(htmlSchema, name);
  const value = el.properties[info.property];
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  if (Array.isArray(value)) return value.join(info.commaSeparated ? ',' : ' ');
  return String(value);
}

/** Whether an element carries an attribute (even empty). */
export function hasAttr(el: Element, name: string): boolean {
  return attr(el, name) !== undefined;
}

/** Whether an element's class list holds `name` (a whole class, not a prefix of one). */
export function hasClass(el: Element, name: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(name);
}

/** The text of a node, as a reader would get it (whitespace collapsed); `skip` drops subtrees. */
export function textOf(node: Element | Root, skip: (el: Element) => boolean = () => false): string {
  let text = '';
  const walk = (children: (RootContent | ElementContent)[]) => {
    for (const child of children) {
      if (child.type === 'text') text += child.value;
      else if (child.type === 'element' && !skip(child)) walk(child.children);
    }
  };
  walk(node.children);
  return text.replace(/\s+/g, ' ').trim();
}

/** The chain of ancestors of `target`, nearest first (empty if it is not in the tree). */
export function ancestors(root: Root, target: Element): Element[] {
  const path: Element[] = [];
  const walk = (children: (RootContent | ElementContent)[]): boolean => {
    for (const child of children) {
      if (child.type !== 'element') continue;
      if (child === target) return true;
      path.push(child);
      if (walk(child.children)) return true;
      path.pop();
    }
    return false;
  };
  walk(root.children);
  return path.reverse();
}

/** The <head> and <body>-level helpers most checks need. */
export function head(root: Root): Element | undefined {
  return byTag(root, 'head')[0];
}

/** `<meta name|property=…>` content, or undefined. */
export function metaContent(root: Root, key: string): string | undefined {
  const meta = byTag(root, 'meta').find((m) => attr(m, 'name') === key || attr(m, 'property') === key || attr(m, 'http-equiv')?.toLowerCase() === key.toLowerCase());
  return meta ? attr(meta, 'content') : undefined;
}
