import type { Lang } from '../../i18n/locales';
import { FIXED_PAGES, type PageKey } from '../../registry/sections';

/** Every fixed page's path under `/<lang>/`, by key (registry/sections.ts). The same slugs in both languages. */
export const PAGES = Object.fromEntries(FIXED_PAGES.map((page) => [page.key, page.path])) as Record<PageKey, string>;
export type { PageKey };

/** Joins the deployment base path (`/` or `/sub/folder/`) with a site path. */
export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** The site path of a page in one language: `ko/article/`, plus an optional fragment. */
export function pagePath(lang: Lang, page: PageKey | string, fragment?: string): string {
  const path = page in PAGES ? PAGES[page as PageKey] : page;
  return `${lang}/${path}${fragment ? `#${fragment}` : ''}`;
}

/** The path of a collection entry's own page: `en/lineage/uiv/`. */
export function entryPath(lang: Lang, page: PageKey, id: string): string {
  return `${lang}/${PAGES[page]}${encodeURIComponent(id)}/`;
}

/**
 * The same page in another language: swaps the language segment that follows the base path.
 * Paths outside a language folder (the bilingual entry page) go to that language's home.
 */
export function translatePath(pathname: string, base: string, target: Lang): string {
  const head = withBase(base, '');
  const rest = pathname.startsWith(head) ? pathname.slice(head.length) : pathname.replace(/^\/+/, '');
  const match = /^(ko|en)(\/.*)?$/.exec(rest);
  return withBase(base, match ? `${target}${match[2] ?? '/'}` : `${target}/`);
}
