/**
 * Structural gates over one parsed page, as pure functions: one h1 and an unbroken heading outline,
 * text alternatives on images and diagrams, and only safe <script> elements.
 */
import type { Root } from 'hast';
import { ancestors, attr, byTag, elements, hasAttr, textOf, type Element } from './dom';

const HEADING = /^h([1-6])$/;

/** Whether an element is hidden from everyone (`hidden`, inside <template>). */
function isHidden(root: Root, el: Element): boolean {
  return [el, ...ancestors(root, el)].some((a) => hasAttr(a, 'hidden') || a.tagName === 'template');
}

/** The visible headings of a page as levels with their text, in document order. */
export function headingOutline(root: Root): { level: number; text: string }[] {
  return elements(root)
    .filter((el) => HEADING.test(el.tagName) && !isHidden(root, el))
    .map((el) => ({ level: Number(HEADING.exec(el.tagName)?.[1]), text: textOf(el) }));
}

/** Exactly one h1; going down, no level is skipped (h1 → h3 is an error, h3 → h2 is fine). */
export function checkHeadings(root: Root): string[] {
  const outline = headingOutline(root);
  const problems: string[] = [];
  const h1s = outline.filter((h) => h.level === 1).length;
  if (h1s !== 1) problems.push(`expected exactly one h1, found ${h1s}`);
  let previous = 0;
  for (const heading of outline) {
    if (heading.text === '') problems.push(`empty h${heading.level}`);
    if (heading.level > previous + 1) {
      problems.push(`h${heading.level} "${heading.text}" follows ${previous === 0 ? 'the start of the page' : `an h${previous}`}: level skipped`);
    }
    previous = heading.level;
  }
  return problems;
}

/** Elements whose own text can stand for an icon or graphic inside them. */
const LABELLING = new Set(['a', 'button', 'figure', 'label', 'summary', 'li', 'p', 'td', 'th', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'legend']);

function accessibleLabel(el: Element): string {
  return (attr(el, 'aria-label') ?? '').trim() || (attr(el, 'aria-labelledby') ?? '').trim();
}

/**
 * Images and diagrams have a text alternative: every <img> an alt attribute (empty only for
 * decoration); every <svg> outside another svg is either role="img" with a label (aria-label,
 * aria-labelledby or a <title>), or aria-hidden="true" with a text equivalent nearby (a labelled
 * role="img" wrapper, or a link, button, figure, list item… whose other text names it).
 */
export function checkTextAlternatives(root: Root): string[] {
  const problems: string[] = [];
  for (const img of byTag(root, 'img')) {
    if (!hasAttr(img, 'alt')) problems.push(`<img src="${attr(img, 'src') ?? ''}"> has no alt attribute`);
  }
  for (const el of elements(root)) {
    if (el.tagName !== 'svg') continue;
    const chain = ancestors(root, el);
    if (chain.some((a) => a.tagName === 'svg')) continue;
    const where = attr(el, 'id') ? `<svg id="${attr(el, 'id')}">` : `<svg class="${attr(el, 'class') ?? ''}">`;
    const role = attr(el, 'role');
    if (role === 'img' || role === 'graphics-document') {
      const title = byTag(el, 'title').some((t) => textOf(t) !== '');
      if (!accessibleLabel(el) && !title) problems.push(`${where} has role="${role}" but no label`);
      continue;
    }
    if (attr(el, 'aria-hidden') === 'true' || role === 'presentation' || role === 'none') {
      const labelled = chain.find((a) => attr(a, 'role') === 'img' || LABELLING.has(a.tagName));
      const hasText = labelled && (accessibleLabel(labelled) !== '' || textOf(labelled, (x) => x === el) !== '');
      if (!hasText) problems.push(`${where} is hidden from assistive technology with no text equivalent nearby`);
      continue;
    }
    problems.push(`${where} is neither role="img" with a label nor aria-hidden="true"`);
  }
  for (const el of elements(root)) {
    if (attr(el, 'role') === 'img' && el.tagName !== 'svg' && !accessibleLabel(el)) {
      problems.push(`<${el.tagName} role="img"> has no aria-label or aria-labelledby`);
    }
  }
  return problems;
}

/**
 * Every <script> is either loaded from this site (src= to a same-origin path) or JSON-LD data that
 * parses and cannot end its element early; no inline event handlers or javascript: URLs. With
 * `isInternal` the caller says which src values point to this site.
 */
export function checkScripts(root: Root, isInternal: (src: string) => boolean): string[] {
  const problems: string[] = [];
  for (const script of byTag(root, 'script')) {
    const src = attr(script, 'src');
    const type = (attr(script, 'type') ?? '').toLowerCase();
    const body = textOf(script);
    if (src !== undefined) {
      if (!isInternal(src)) problems.push(`<script src="${src}"> loads code from another origin`);
      if (body !== '') problems.push(`<script src="${src}"> also has inline content`);
      continue;
    }
    if (type === 'application/ld+json') {
      const raw = script.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      if (/<\/script|<!--/i.test(raw)) problems.push('JSON-LD contains "</script" or "<!--"');
      try {
        JSON.parse(raw);
      } catch (error) {
        problems.push(`JSON-LD does not parse: ${(error as Error).message}`);
      }
      continue;
    }
    problems.push(`inline <script${type ? ` type="${type}"` : ''}>: ${body.slice(0, 60)}`);
  }
  for (const el of elements(root)) {
    for (const key of Object.keys(el.properties)) {
      if (/^on[A-Z]/.test(key) || /^on[a-z]+$/.test(key)) problems.push(`<${el.tagName}> has an inline event handler (${key})`);
    }
    for (const name of ['href', 'src', 'action', 'formaction']) {
      const value = attr(el, name);
      if (value && /^\s*javascript:/i.test(value)) problems.push(`<${el.tagName} ${name}="${value}"> runs script`);
    }
  }
  return problems;
}
