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
 * The bound is a sum over what the part holds: a line's worth for each block of text (paragraph,
 * list item, heading, caption, cell), a share of a line for each character (a Hangul or CJK
 * character is about twice as wide as a Latin one), and each drawing at its widest. Tables have
 * rates of their own: their rows run side by side and scroll sideways rather than wrap. The rates
 * were measured in Chromium at 320 px on every marked part of the site; the browser tests check
 * the bound on every page (tests/support/layout.ts).
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

/** What a part holds, as the bound counts it. */
export interface PartText {
  /** Blocks of running text (no block inside them), and their characters: wide (Hangul, CJK) and narrow. */
  flow: TextCount;
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
export const RATES: Record<'flow' | 'heading' | 'table', TextCount> = {
  flow: { blocks: 4.25, wide: 0.112, narrow: 0.064 },
  heading: { blocks: 4.05, wide: 0.162, narrow: 0.1 },
  table: { blocks: 0.81, wide: 0.064, narrow: 0.058 },
};

/** The widest a drawing is shown (.diagram svg: max-width 56rem), for its height from its viewBox. */
const DRAWING_MAX_WIDTH_REM = 56;

/** Blocks that hold a line of text or more. */
const TEXT_BLOCKS = new Set(['p', 'li', 'td', 'th', 'caption', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'blockquote', 'pre', 'summary', 'legend', 'label']);
/** Elements that take no room in the flow: hover previews are absolutely placed, hidden text is 1 px. */
const OUT_OF_FLOW_CLASSES = ['preview', 'visually-hidden'];
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

/** A drawing's height at its widest, from its viewBox (rem); 0 if it has none. */
function drawingHeight(svg: Element): number {
  const box = String(svg.properties['viewBox'] ?? '').trim().split(/[\s,]+/).map(Number);
  const [, , width, height] = box;
  if (box.length !== 4 || !width || !height || !Number.isFinite(width / height)) return 0;
  return (DRAWING_MAX_WIDTH_REM * height) / width;
}

/** Counts what a part's HTML holds. */
export function partText(html: string): PartText {
  const counted: PartText = { flow: { blocks: 0, wide: 0, narrow: 0 }, heading: { blocks: 0, wide: 0, narrow: 0 }, table: { blocks: 0, wide: 0, narrow: 0 }, drawings: 0 };
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
        const inside = node.tagName === 'table' ? counted.table : HEADINGS.has(node.tagName) ? counted.heading : where;
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
  return Math.ceil(sumOf(text.flow, RATES.flow) + sumOf(text.heading, RATES.heading) + sumOf(text.table, RATES.table) + text.drawings);
}

/** The inline style that gives a part its placeholder (global.css reads --near-placeholder). */
export function nearPlaceholderStyle(html: string): string {
  return `--near-placeholder: ${placeholderRem(partText(html))}rem`;
}
