/**
 * The one walker over a built site (dist/): which files it holds, and which of them are pages and
 * at what URL path each is served. Built on Node's `fs.globSync`; the tests, the benchmark and the
 * search-index integration all list the build through these functions rather than walking folders
 * by hand.
 *
 * Paths are POSIX and relative to the folder walked (`ko/article/index.html`), sorted by code
 * unit so that every caller sees the same order on every platform. Nothing here writes, caches or
 * reads environment variables: the same folder gives the same answer.
 */
import { globSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Node's glob skips names that start with a dot unless a pattern names the dot itself; these four
 * patterns together reach every file, in dot folders too (a `.well-known/` folder, a `.nojekyll`).
 */
const EVERY_FILE = ['**/*', '**/.*', '**/.*/**/*', '**/.*/**/.*'];

/** Top-level folders of a build that hold generated assets, not pages: Pagefind's index and Astro's bundles. */
export const ASSET_FOLDERS: readonly string[] = ['pagefind', '_astro'];

/** A built HTML page: its file, relative to the build folder, and the URL path it is served at (without base). */
export interface DistPage {
  /** `ko/article/index.html`, `404.html`. */
  file: string;
  /** `/ko/article/`, `/404.html`, `/` for the root index. */
  url: string;
}

/** Code-unit order, the same on every machine (localeCompare would depend on the locale). */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every regular file under `dir` (dot files included, folders and symbolic links left out), as
 * sorted POSIX paths relative to `dir`. An `exclude` callback receives each relative path, folders
 * included, and drops it (and, for a folder, everything under it) when it returns true.
 */
export function distFiles(dir: string, exclude: (relativePath: string) => boolean = () => false): string[] {
  // Absolute, so that each match's parentPath can be cut back to a path relative to `dir`.
  const root = resolve(dir);
  const found = new Set<string>();
  const matches = globSync(EVERY_FILE, { cwd: root, withFileTypes: true, exclude: (entry) => exclude(relativeTo(root, entry.parentPath, entry.name)) });
  for (const entry of matches) {
    if (entry.isFile()) found.add(relativeTo(root, entry.parentPath, entry.name));
  }
  return [...found].sort(byCodeUnit);
}

/** The POSIX path of `parent/name` relative to `root` (both absolute). */
function relativeTo(root: string, parent: string, name: string): string {
  const top = root.replaceAll('\\', '/').replace(/\/+$/, '');
  const folder = parent.replaceAll('\\', '/').replace(/\/+$/, '');
  const inside = folder === top ? '' : folder.startsWith(`${top}/`) ? folder.slice(top.length + 1) : folder;
  return inside === '' ? name : `${inside}/${name}`;
}

/**
 * The URL path a build-relative file is served at, as a static host serves a directory build:
 * `ko/index.html` → `/ko/`, `index.html` → `/`, `404.html` → `/404.html`, `data/x.json` → `/data/x.json`.
 */
export function urlPathOf(file: string): string {
  const path = `/${file.replaceAll('\\', '/').replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Every HTML page of a build, sorted by URL path: each `.html` file outside the asset folders at the
 * top level (`pagefind/`, `_astro/`), with the URL path it is served at.
 */
export function distPages(dir: string): DistPage[] {
  return distFiles(dir, (path) => ASSET_FOLDERS.includes(path))
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, url: urlPathOf(file) }))
    .sort((a, b) => byCodeUnit(a.url, b.url));
}
