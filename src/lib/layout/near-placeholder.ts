/**
 * The placeholder height of a part laid out only as it nears the screen (.render-when-near in
 * global.css): until first drawn, the browser gives the part this height and lays out nothing in
 * it. Tools that measure the page as loaded (axe's target-size rule in Lighthouse) still find the
 * part's links, laid out on demand from the part's top: in a part taller than its placeholder
 * they lie over the next part's, and read as targets too close together (axe-core issue 2768).
 * So the placeholder is an upper bound on the part's height, from its HTML at build time: what
 * the part holds at the narrowest screen the site is laid out for (320 px), where text runs to
 * the most lines. On wider screens the part is shorter, and once drawn it keeps its real height.
 *
 * The bound is a sum over what the part holds: so much for each block of text (at least a line),
 * so much for each character (a Hangul or CJK character is about twice as wide as a Latin one),
 * and each drawing at its own height or, a diagram, at its widest. Paragraphs, list items,
 * headings and table cells each have their rates: items are set closer than paragraphs, headings
 * larger, and a table's rows run side by side and scroll sideways rather than wrap. The rates are
 * the least that bound, with 5% to spare, every marked part of the site as Chromium lays it out at
 * 320 px (376 parts, fitted as a linear programme; placeholders come to about 1.3 times the parts'
 * real height there). The browser tests check the bound on every page at 320 and 768 px
 * (tests/support/layout.ts) and name any part that runs past it: a new kind of part may need a
 * rate raised.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

/** What a part holds, as the bound counts it. */
export interface PartText {
  /** Blocks of running text (no block inside them), and their characters: wide (Hangul, CJK) and narrow. */
  flow: TextCount;
  /** The same, in list items and definition terms and details (closer set than paragraphs). */
  item: TextCount;
  /** The same, in headings (a larger type). */
  heading: TextCount;
  /** The same, inside tables. */
  table: TextCount;
  /** Drawings (inline SVG), each at its widest: rem. */
  drawings: number;
}

interface TextCount {
  blocks: number;
  wide: number;
  narrow: number;
}

/** rem per block and per character, measured at 320 px (see the module's comment). */
export const RATES: Record<'flow' | 'item' | 'heading' | 'table', TextCount> = {
  flow: { blocks: 2.85, wide: 0.113, narrow: 0.066 },
  item: { blocks: 1.6, wide: 0.138, narrow: 0.087 },
  heading: { blocks: 4.39, wide: 0.155, narrow: 0.109 },
  table: { blocks: 1.6, wide: 0.01, narrow: 0.04 },
};

/** The widest a drawing is shown (.diagram svg: max-width 56rem), for its height from its viewBox. */
const DRAWING_MAX_WIDTH_REM = 56;
const PX_PER_REM = 16;

/** Blocks that hold a line of text or more. */
const TEXT_BLOCKS = new Set(['p', 'li', 'td', 'th', 'caption', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'blockquote', 'pre', 'summary', 'legend', 'label']);
/** Elements that take no room in the flow: hover previews are absolutely placed, hidden text is 1 px. */
const OUT_OF_FLOW_CLASSES = ['preview', 'visually-hidden'];
const ITEMS = new Set(['li', 'dt', 'dd']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

const isElement = (node: RootContent): node is Element => node.type === 'element';

function outOfFlow(element: Element): boolean {
  const classes = element.properties['className'];
  return (
    element.properties['hidden'] !== undefined ||
    element.tagName === 'template' ||
    element.tagName === 'script' ||
    element.tagName === 'style' ||
    (Array.isArray(classes) && classes.some((c) => OUT_OF_FLOW_CLASSES.includes(String(c))))
  );
}

function containsTextBlock(element: Element): boolean {
  return element.children.some((child) => isElement(child) && !outOfFlow(child) && (TEXT_BLOCKS.has(child.tagName) || containsTextBlock(child)));
}

/**
 * A drawing's height (rem): an icon's own, from its height in pixels; a diagram's at its widest,
 * from its viewBox; 0 if it gives neither.
 */
function drawingHeight(svg: Element): number {
  const fixed = Number(svg.properties['height']);
  if (Number.isFinite(fixed) && fixed > 0) return fixed / PX_PER_REM;
  const box = String(svg.properties['viewBox'] ?? '').trim().split(/[\s,]+/).map(Number);
  const [, , width, height] = box;
  if (box.length !== 4 || !width || !height || !Number.isFinite(width / height)) return 0;
  return (DRAWING_MAX_WIDTH_REM * height) / width;
}

/** Where an element's text is counted: a table's and a heading's at their rates, a list item's outside them at its. */
function countFor(element: Element, where: TextCount, counted: PartText): TextCount {
  if (element.tagName === 'table') return counted.table;
  if (HEADINGS.has(element.tagName)) return counted.heading;
  if (where === counted.flow && ITEMS.has(element.tagName)) return counted.item;
  return where;
}

/** Counts what a part's HTML holds. */
export function partText(html: string): PartText {
  const counted: PartText = { flow: { blocks: 0, wide: 0, narrow: 0 }, item: { blocks: 0, wide: 0, narrow: 0 }, heading: { blocks: 0, wide: 0, narrow: 0 }, table: { blocks: 0, wide: 0, narrow: 0 }, drawings: 0 };
  const walk = (nodes: RootContent[], where: TextCount) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        for (const char of node.value.replace(/\s+/g, ' ')) {
          if (WIDE.test(char)) where.wide++;
          else where.narrow++;
        }
      } else if (isElement(node) && !outOfFlow(node)) {
        if (node.tagName === 'svg') {
          counted.drawings += drawingHeight(node);
          continue;
        }
        const inside = countFor(node, where, counted);
        if (TEXT_BLOCKS.has(node.tagName) && !containsTextBlock(node)) inside.blocks++;
        walk(node.children, inside);
      }
    }
  };
  const tree: Root = fromHtml(html, { fragment: true });
  walk(tree.children, counted.flow);
  return counted;
}

const sumOf = (count: TextCount, rates: TextCount) => count.blocks * rates.blocks + count.wide * rates.wide + count.narrow * rates.narrow;

/** The bound for a part, in whole rem. */
export function placeholderRem(text: PartText): number {
  return Math.ceil(sumOf(text.flow, RATES.flow) + sumOf(text.item, RATES.item) + sumOf(text.heading, RATES.heading) + sumOf(text.table, RATES.table) + text.drawings);
}

/** The inline style that gives a part its placeholder (global.css reads --near-placeholder). */
export function nearPlaceholderStyle(html: string): string {
  return `--near-placeholder: ${placeholderRem(partText(html))}rem`;
}
