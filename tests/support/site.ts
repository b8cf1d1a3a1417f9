import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site, as the end-to-end tests see it. */
export const DIST = process.env['DIST_DIR'] ?? 'dist';

/** Every built HTML page as a URL path (`/ko/article/`), sorted. */
export function builtPages(dir = DIST): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, path).replaceAll('\\', '/');
        pages.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** The pages of one language folder, without the language prefix (`article/`). */
export function pagesOf(lang: 'ko' | 'en', pages = builtPages()): string[] {
  return pages.filter((p) => p.startsWith(`/${lang}/`)).map((p) => p.slice(lang.length + 2));
}
