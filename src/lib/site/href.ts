import type { Lang } from '../../i18n/locales';
import { entryPath, pagePath, withBase, type PageKey } from './paths';

/** Absolute-path links for pages and components, with the configured base path. */
const base = import.meta.env.BASE_URL;

export const href = (lang: Lang, page: PageKey, fragment?: string) => withBase(base, pagePath(lang, page, fragment));
export const entryHref = (lang: Lang, page: PageKey, id: string, fragment?: string) =>
  withBase(base, entryPath(lang, page, id)) + (fragment ? `#${fragment}` : '');
export const assetHref = (path: string) => withBase(base, path);

/**
 * An address as absolute URL on the site's origin: `site` of astro.config.mjs (from SITE_URL),
 * the one place the origin comes from. Paths from `href()` already carry the base path.
 */
export function absoluteHref(path: string): string {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('astro.config.mjs sets no `site`: canonical URLs and citations need one (SITE_URL)');
  return new URL(path, site).href;
}

/**
 * Where a reference is listed: the article's own in the article's reference list, the works the
 * editors consulted on their own page (`/<lang>/sources/`), each at `#ref-<id>`.
 */
export const referenceHref = (lang: Lang, reference: { id: string; citedBy?: 'article' | 'editors' | undefined }) =>
  href(lang, reference.citedBy === 'editors' ? 'sources' : 'article', `ref-${reference.id}`);
