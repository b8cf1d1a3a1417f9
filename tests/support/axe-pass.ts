/**
 * An axe-core (WCAG 2.2 AA) pass over the page as it is, in the light colour scheme (every rule)
 * then the dark (the rules that depend on colour: a colour scheme changes no markup, which the pass
 * checks, so the other rules would see the same thing twice); and the list of known violations.
 * Used on the pages that stand for the site (templates.spec.ts) and the search page's states
 * (a11y.spec.ts).
 */
import type AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { AXE_URL } from './axe';
import { test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
/** What axe.run is given: the rules of one pass, and only violations collected in full. */
type RunOptions = { runOnly: { type: 'tag' | 'rule'; values: string[] }; resultTypes: ['violations'] };

/**
 * Violations known today that only src/ can fix (the tests may not change it). Each is matched
 * exactly, reported as an annotation, and must still occur: once fixed, the test fails until the
 * entry is removed, so the list cannot hide anything for long. Any other violation fails.
 */
export const KNOWN: { state: RegExp; line: RegExp; why: string }[] = [
  // None today. The first the axe tests found (search results, dark: the "show more" button kept the
  // browser's button face under link-coloured text, contrast 2.92) was fixed in src/styles.
];

/** Splits violations into the known ones for `state` and the rest, and fails on a known one that no longer occurs. */
export function unexpected(state: string, found: string[]): string[] {
  const rest: string[] = [];
  const known = KNOWN.filter((k) => k.state.test(state));
  for (const line of found) {
    const match = known.find((k) => k.line.test(line));
    if (match) test.info().annotations.push({ type: 'known axe violation (fix in src/)', description: `${match.why}: ${line}` });
    else rest.push(line);
  }
  for (const k of known) if (!found.some((line) => k.line.test(line))) rest.push(`fixed, remove it from KNOWN in tests/support/axe-pass.ts: ${k.why}`);
  return rest;
}

/** axe in light (every WCAG rule) then dark (the colour rules), on the page as it is now. */
export async function axeBothSchemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  // Asked in the page: a locator would inject Playwright's selector engine into every page visited.
  if (await page.evaluate(() => document.querySelector('iframe, frame') !== null)) found.push('the page has frames: run axe in its frame-aware mode');
  let lightDom = '';
  await loadAxe(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const dom = await page.evaluate(() => document.body.outerHTML);
    if (colorScheme === 'light') lightDom = dom;
    else if (dom !== lightDom) found.push('[dark] the markup differs from light: the dark pass would need every rule');
    // axe.run in the page itself, injected once for both passes: the site has no frames (checked
    // above), and @axe-core/playwright's frame-aware mode serialises every node into a second
    // page, three to four times slower. Only violations are collected in full.
    found.push(...(await violations(page, colorScheme === 'light' ? { type: 'tag', values: TAGS } : { type: 'rule', values: COLOUR_RULES }, colorScheme)));
  }
  return found;
}

/**
 * axe's rules that measure where things are, on the page as loaded at a phone's width, before
 * anything scrolls it: parts left undrawn until the reader nears them (.render-when-near) are
 * measured as placeholders then, as Lighthouse's axe measures them, and their targets must still
 * read as far enough apart. (Once drawn, a part keeps its real height, so a later pass would not
 * see what a first visit does.)
 */
export async function axeAsLoaded(page: Page): Promise<string[]> {
  await loadAxe(page);
  return violations(page, { type: 'rule', values: ['target-size'] }, 'as loaded');
}

/**
 * axe, once per document (a second pass in the same page, the search page's two states, reuses it),
 * from the test server by URL: Chromium then compiles it once and takes it from its cache on every
 * later page, where source injected with evaluate() was compiled again each time.
 */
async function loadAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: AXE_URL });
}

async function violations(page: Page, runOnly: RunOptions['runOnly'], label: string): Promise<string[]> {
  const options: RunOptions = { runOnly, resultTypes: ['violations'] };
  const results = await page.evaluate((o) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe.run(document, o), options);
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `[${label}] ${violation.id} (${violation.impact ?? ''}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? violation.help}`),
  );
}
