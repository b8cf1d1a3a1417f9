/**
 * The built site as data for the static quality checks: every HTML page (by the URL path it is
 * served at, without the base path) and every other file, read from a dist folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BuiltSite {
  /** URL path (`/ko/article/`, `/404.html`) → HTML source. */
  pages: Map<string, string>;
  /** URL paths of every file, HTML or not (`/_astro/x.css`, `/ko/article/index.html`). */
  files: Set<string>;
}

/** The URL path a dist-relative file is served at: `ko/index.html` → `/ko/`. */
export function urlPathOf(rel: string): string {
  const path = `/${rel.replaceAll('\\', '/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Reads every file of a dist folder; HTML files are kept as text. */
export function readBuiltSite(dir: string): BuiltSite {
  const pages = new Map<string, string>();
  const files = new Set<string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const rel = relative(dir, path).replaceAll('\\', '/');
      files.add(`/${rel}`);
      if (name.endsWith('.html')) pages.set(urlPathOf(rel), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return { pages, files };
}

/** The deployment settings the build was made with (the same variables astro.config.mjs reads). */
export function deployment(env: Record<string, string | undefined> = process.env): { site: string; base: string } {
  const site = env['SITE_URL'] ?? 'http://127.0.0.1:4321';
  const rawBase = env['BASE_PATH'] ?? '/';
  const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return { site, base };
}
