/**
 * The built site as data for the static quality checks: every HTML page (by the URL path it is
 * served at, without the base path) and every other file, read from a dist folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distFiles, distPages, urlPathOf } from '../../src/lib/site/dist-files';

export { urlPathOf };

export interface BuiltSite {
  /** URL path (`/ko/article/`, `/404.html`) → HTML source. */
  pages: Map<string, string>;
  /** URL paths of every file, HTML or not (`/_astro/x.css`, `/ko/article/index.html`). */
  files: Set<string>;
}

/** Reads a dist folder: every page's HTML as text (pages as distPages lists them), every file's URL path. */
export function readBuiltSite(dir: string): BuiltSite {
  const pages = new Map<string, string>();
  for (const page of distPages(dir)) pages.set(page.url, readFileSync(join(dir, page.file), 'utf8'));
  const files = new Set(distFiles(dir).map((file) => `/${file}`));
  return { pages, files };
}

/** The deployment settings the build was made with (the same variables astro.config.mjs reads). */
export function deployment(env: Record<string, string | undefined> = process.env): { site: string; base: string } {
  const site = env['SITE_URL'] ?? 'http://127.0.0.1:4321';
  const rawBase = env['BASE_PATH'] ?? '/';
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return { site, base };
}
