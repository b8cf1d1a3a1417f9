/**
 * What the quality gates share: the built site read once per worker, the deployment it was built
 * for, and the URL of each page on the test server (with the base path).
 */
import { builtPages, DIST } from './site';
import { deployment, readBuiltSite, type BuiltSite } from './dist';

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
