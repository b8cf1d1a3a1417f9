/**
 * What the browser tests share: the built site read once per worker, the deployment it was built
 * for, the URL of each page on the test server (with the base path), and the pages that stand for
 * the site (one per template and language, the extremes, one per layout).
 */
import { builtPages, DIST } from './site';
import { deployment, readBuiltSite, type BuiltSite } from './dist';
import { layoutPages, representativePages, siteRoutes, type Selected } from './templates';

export const { site: SITE, base: BASE } = deployment();

let cached: BuiltSite | undefined;
/** Every file and HTML page of the build under test (DIST_DIR, default dist/). */
export function builtSite(): BuiltSite {
  cached ??= readBuiltSite(DIST);
  return cached;
}

/** Every built page's URL path (without base), sorted — the gates' list of pages. */
export const PAGES = builtPages();

/** The path to request from the test server for a page path: the base path prepended. */
export function served(path: string): string {
  return BASE.replace(/\/$/, '') + path;
}

/** Pages that live in a language folder and so use the site layout (header, skip link…). */
export const LANGUAGE_PAGES = PAGES.filter((p) => /^\/(ko|en)\//.test(p));

/** A readable list of problems for an assertion message. */
export function listed(problems: readonly unknown[]): string {
  return problems.map((p) => `  - ${typeof p === 'string' ? p : JSON.stringify(p)}`).join('\n');
}

let sample: Selected[] | undefined;
/**
 * The pages that stand for the site (tests/support/templates.ts): one page of every template in
 * every language and the extreme entries, derived from src/pages and the build under test.
 */
export function representatives(): Selected[] {
  sample ??= representativePages(
    PAGES.map((url) => ({ url, html: builtSite().pages.get(url) ?? '' })),
    siteRoutes(),
  );
  return sample;
}

/** One page per layout and language (the keyboard walk). */
export function layoutSample(): ReturnType<typeof layoutPages> {
  return layoutPages(representatives());
}
