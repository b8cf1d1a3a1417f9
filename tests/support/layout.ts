/**
 * The reading design as the browser lays it out, checked on the page as it is: no sideways scroll,
 * no clipped text in the header and the tables, diagram labels inside their drawing, no part
 * (.render-when-near) that moves when it is contained or is taller than its placeholder; and the
 * names of the screenshots written for review (test-results/screenshots/).
 *
 * The checks ask the page itself (page.evaluate), not locators: a page's first locator call
 * injects Playwright's selector engine into it, about 0.1 s of CPU a page.
 */
import type { Page } from '@playwright/test';

export const SCREENSHOTS = 'test-results/screenshots';

/** Elements that cut their own text: overflow hidden/clip with content wider or taller than the box. */
async function clippedText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)]
        .filter((el) => {
          const style = getComputedStyle(el);
          const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
          return clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) && (el.textContent ?? '').trim() !== '';
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 40)}`),
    selector,
  );
}

/** Diagram labels outside their drawing (`left-right outside left-right`). */
async function labelsOutsideDiagrams(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.diagram svg')].flatMap((svg) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('text')]
        .map((t) => t.getBoundingClientRect())
        .filter((r) => r.width > 0 && (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1))
        .map((r) => `${Math.round(r.left)}-${Math.round(r.right)} outside ${Math.round(frame.left)}-${Math.round(frame.right)}`);
    }),
  );
}

/**
 * What is wrong with the layout at the current viewport, each fault prefixed with `at`.
 * Parts a page leaves undrawn until the reader nears them (content-visibility: auto, the article's
 * parts on a phone) have no boxes to measure, so a clipped cell or a stray label there would pass
 * unseen: for the checks every part is drawn, as a reader scrolling through sees it, and the page
 * is then left as it was.
 */
export async function layoutFaults(page: Page, at: string): Promise<string[]> {
  return withStyle(page, '* { content-visibility: visible !important; }', () => faultsAsDrawn(page, at));
}

/** `measure` run with `css` added to the page, which is then left as it was. */
async function withStyle<T>(page: Page, css: string, measure: () => Promise<T>): Promise<T> {
  const style = await page.addStyleTag({ content: css });
  try {
    return await measure();
  } finally {
    await style.evaluate((element) => (element as HTMLStyleElement).remove());
  }
}

async function faultsAsDrawn(page: Page, at: string): Promise<string[]> {
  const faults: string[] = [];
  if (await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)) faults.push(`${at}: scrolls sideways`);
  faults.push(...(await clippedText(page, '.site-header *, .data-table th, .data-table td, .table-title')).map((c) => `${at}: clipped ${c}`));
  faults.push(...(await labelsOutsideDiagrams(page)).map((o) => `${at}: diagram label ${o}`));
  faults.push(...(await partsMovedByContainment(page)).map((m) => `${at}: ${m}`));
  faults.push(...(await partsTallerThanPlaceholder(page)).map((m) => `${at}: ${m}`));
  return faults;
}

/** Where each part marked .render-when-near sits, and the placeholder height it has until drawn. */
interface PartBox {
  name: string;
  /** The top of its first child and the bottom of its last: where its text starts and ends. */
  top: number;
  bottom: number;
  /** Its own height, and its placeholder's (null where the rule does not apply: wide screens, print). */
  height: number;
  placeholder: number | null;
  /** Whether the part carries its placeholder (set by components/layout/RenderWhenNear.astro). */
  hasPlaceholder: boolean;
}

const partBoxes = (page: Page): Promise<PartBox[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('.render-when-near')].map((part) => {
      const first = (part.firstElementChild ?? part).getBoundingClientRect();
      const last = (part.lastElementChild ?? part).getBoundingClientRect();
      const placeholder = /([\d.]+)px$/.exec(getComputedStyle(part).containIntrinsicBlockSize);
      // A column of the parallel view has no id of its own: it is named by the block it holds.
      const id = part.id || part.firstElementChild?.id;
      return {
        name: `${part.tagName.toLowerCase()}.${part.className.replaceAll(' ', '.')}${id ? `#${id}` : ''}`,
        top: first.top,
        bottom: last.bottom,
        height: part.getBoundingClientRect().height,
        placeholder: placeholder ? Number(placeholder[1]) : null,
        hasPlaceholder: (part as HTMLElement).style.getPropertyValue('--near-placeholder') !== '',
      };
    }),
  );

/**
 * Parts marked .render-when-near whose text sits elsewhere once contained, as content-visibility:
 * auto contains a part even when it is drawn (global.css): a child's margin that collapsed through
 * the part no longer does, and the page's spacing would change with the screen's width.
 */
async function partsMovedByContainment(page: Page): Promise<string[]> {
  const free = await partBoxes(page);
  const contained = await withStyle(page, '.render-when-near { contain: layout style paint !important; }', () => partBoxes(page));
  return contained
    .map((part, i) => ({ part, top: Math.round(part.top - free[i]!.top), bottom: Math.round(part.bottom - free[i]!.bottom) }))
    .filter(({ top, bottom }) => top !== 0 || bottom !== 0)
    .map(({ part, top, bottom }) => `${part.name} moves when contained (text ${top} px, end ${bottom} px)`);
}

/**
 * Parts taller than their placeholder (lib/layout/near-placeholder.ts says why it must bound them).
 * Each is measured at its own height: a column of the parallel view is otherwise stretched to its
 * row, which the taller edition sets.
 */
async function partsTallerThanPlaceholder(page: Page): Promise<string[]> {
  const parts = await withStyle(page, '.render-when-near { align-self: start !important; }', () => partBoxes(page));
  return [
    ...parts.filter((part) => !part.hasPlaceholder).map((part) => `${part.name} has no placeholder height (--near-placeholder)`),
    ...parts
      .filter((part) => part.placeholder !== null && part.height > part.placeholder + 0.5)
      .map((part) => `${part.name} is ${Math.round(part.height)} px tall, past its ${part.placeholder} px placeholder`),
  ];
}

/** A file name for a template's screenshot: `lang-glossary-id-ko-320.png`. */
export function shotName(template: string, lang: string | undefined, width: number): string {
  const slug = template.replace(/\.[a-z]+$/, '').replace(/\[([^\]]+)\]/g, '$1').replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
  return `${slug}${lang ? `-${lang}` : ''}-${width}.png`;
}
