import { distPages } from '../../src/lib/site/dist-files';

/** The built site, as the end-to-end tests see it. */
export const DIST = process.env['DIST_DIR'] ?? 'dist';

/** Every built HTML page as a URL path (`/ko/article/`), sorted. */
export function builtPages(dir = DIST): string[] {
  return distPages(dir).map((page) => page.url);
}

/** The pages of one language folder, without the language prefix (`article/`). */
export function pagesOf(lang: 'ko' | 'en', pages = builtPages()): string[] {
  return pages.filter((p) => p.startsWith(`/${lang}/`)).map((p) => p.slice(lang.length + 2));
}
