/**
 * Which route file under src/pages made each built page, and so which pages stand for the whole
 * site: one page of every template in every language, the extreme entries of the templates that
 * make many pages, and one page of every layout. The accessibility, design and keyboard tests run
 * on these instead of on every page; a new route file is picked up without editing any test.
 *
 * A route file's URL pattern follows Astro's file-based routing with `build.format: 'directory'`:
 * `[lang]/glossary/[id].astro` → `/<lang>/glossary/<id>/`, `[lang]/index.astro` → `/<lang>/`,
 * `404.astro` → `/404.html`, and an endpoint `[lang]/data/[name].csv.ts` → `/<lang>/data/<name>.csv`.
 * When several routes match a page the most specific wins, as in Astro: fewer parameters, then no
 * rest parameter.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES_DIR = 'src/pages';

const PAGE_EXTENSIONS = ['.astro', '.md', '.mdx', '.html'];
const ENDPOINT_EXTENSIONS = ['.ts', '.js', '.mjs'];

export interface Route {
  /** The route file, relative to src/pages (`[lang]/glossary/[id].astro`). */
  file: string;
  /** A page (HTML) or an endpoint (any other file). */
  kind: 'page' | 'endpoint';
  /** The URL pattern (`/[lang]/glossary/[id]/`). */
  pattern: string;
  /** Matches the URL paths this route builds; the parameters are its groups, in order. */
  regex: RegExp;
  /** Parameter names in order (`['lang', 'id']`). */
  params: string[];
  /** Whether a parameter is a rest parameter (`[...slug]`). */
  rest: boolean;
}

/** Every route file under src/pages (or `dir`), sorted. */
export function routeFiles(dir = PAGES_DIR): string[] {
  const extensions = [...PAGE_EXTENSIONS, ...ENDPOINT_EXTENSIONS].map((e) => e.slice(1)).join(',');
  return globSync(`**/*.{${extensions}}`, { cwd: dir })
    .map((f) => f.replaceAll('\\', '/'))
    .filter((f) => !f.split('/').some((segment) => segment.startsWith('_')))
    .sort();
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The route a file under src/pages defines. */
export function routeOf(file: string): Route {
  const pageExt = PAGE_EXTENSIONS.find((e) => file.endsWith(e));
  const endpointExt = ENDPOINT_EXTENSIONS.find((e) => file.endsWith(e));
  const ext = pageExt ?? endpointExt;
  if (!ext) throw new Error(`${file} is not a route file`);
  const kind = pageExt ? 'page' : 'endpoint';
  const segments = file.slice(0, -ext.length).split('/');
  const last = segments.at(-1)!;
  let pattern: string;
  if (kind === 'endpoint') pattern = `/${segments.join('/')}`;
  else if (last === 'index') pattern = `/${segments.slice(0, -1).map((s) => `${s}/`).join('')}`;
  else if (segments.length === 1 && (last === '404' || last === '500')) pattern = `/${last}.html`;
  else pattern = `/${segments.join('/')}/`;

  const params: string[] = [];
  let rest = false;
  const source = pattern.replace(/\[(\.\.\.)?([^\]]+)\]|[^[]+/g, (part, dots: string | undefined, name: string | undefined) => {
    if (name === undefined) return escapeRegex(part);
    params.push(name);
    if (dots) {
      rest = true;
      return '(.*?)';
    }
    return '([^/]+)';
  });
  return { file, kind, pattern, regex: new RegExp(`^${source}$`), params, rest };
}

/** The routes of every file under src/pages (or `dir`). */
export function siteRoutes(dir = PAGES_DIR): Route[] {
  return routeFiles(dir).map(routeOf);
}

/** The route that built a URL path: the most specific match (fewest parameters, then no rest parameter). */
export function routeFor(url: string, routes: readonly Route[]): Route | undefined {
  const matches = routes.filter((r) => r.regex.test(url));
  matches.sort((a, b) => a.params.length - b.params.length || Number(a.rest) - Number(b.rest) || (a.file < b.file ? -1 : 1));
  return matches[0];
}

/** A route's parameters for a URL it matches (`{ lang: 'ko', id: 'uclg' }`). */
export function paramsOf(route: Route, url: string): Record<string, string> {
  const match = route.regex.exec(url);
  if (!match) return {};
  return Object.fromEntries(route.params.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
}

/** A built page as the selection sees it: its URL path and HTML. */
export interface PageSource {
  url: string;
  html: string;
}

/** Rows of the longest table on a page (every `<tr>` of one `<table>`), 0 without a table. */
export function longestTable(html: string): number {
  let rows = 0;
  for (const table of html.matchAll(/<table\b[\s\S]*?<\/table>/g)) rows = Math.max(rows, (table[0].match(/<tr\b/g) ?? []).length);
  return rows;
}

/** Footnotes and editorial notes on a page: list items with an `fn-…` or `ed-…` id. */
export function noteCount(html: string): number {
  return (html.match(/<li\b[^>]*\sid="(?:fn|ed)-[^"]+"/g) ?? []).length;
}

/** Why a page was chosen. */
export type Reason = 'template' | 'most bytes' | 'most notes' | 'longest table' | 'longest table on the site';

export interface Selected {
  url: string;
  /** The route file that built it. */
  template: string;
  /** The page's language: the `lang` parameter, or undefined for a page outside the language folders. */
  lang: string | undefined;
  reasons: Reason[];
}

/**
 * The pages that stand for the site: for every page template and every language, its page with
 * the most bytes (the first by URL on a tie); for a template that builds several pages per
 * language, also its other extremes, the pages with the most notes and the longest table (the
 * biggest glossary entry, the organisation with the most notes…); and in each language the page
 * with the longest table on the site. A page chosen for several reasons is listed once, with all of
 * them. Throws if a page matches no route.
 */
export function representativePages(pages: readonly PageSource[], routes: readonly Route[]): Selected[] {
  const chosen = new Map<string, Selected>();
  const choose = (page: PageSource, route: Route, reason: Reason) => {
    const lang = paramsOf(route, page.url)['lang'];
    const entry = chosen.get(page.url) ?? { url: page.url, template: route.file, lang, reasons: [] };
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    chosen.set(page.url, entry);
  };
  const groups = new Map<string, { route: Route; pages: PageSource[] }>();
  const unmatched: string[] = [];
  for (const page of [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    const route = routeFor(page.url, routes);
    if (!route) {
      unmatched.push(page.url);
      continue;
    }
    const key = `${route.file}\u0000${paramsOf(route, page.url)['lang'] ?? ''}`;
    const group = groups.get(key) ?? { route, pages: [] };
    group.pages.push(page);
    groups.set(key, group);
  }
  if (unmatched.length > 0) throw new Error(`pages built by no route file under ${PAGES_DIR}: ${unmatched.join(', ')}`);

  /** The page with the largest positive measure (the first such page on a tie), if any. */
  const top = (list: PageSource[], measure: (p: PageSource) => number) => {
    let best: PageSource | undefined;
    let bestValue = 0;
    for (const page of list) {
      const value = measure(page);
      if (value > bestValue) [best, bestValue] = [page, value];
    }
    return best;
  };
  const bytes = (p: PageSource) => Buffer.byteLength(p.html);
  for (const { route, pages: list } of groups.values()) {
    // The template's page is its heaviest, an extreme itself: every page chosen for a many-page
    // template then stands for both, where the first page by URL was one more page to visit.
    choose(top(list, bytes) ?? list[0]!, route, 'template');
    if (list.length < 2) continue;
    const extremes: [Reason, (p: PageSource) => number][] = [
      ['most bytes', bytes],
      ['most notes', (p) => noteCount(p.html)],
      ['longest table', (p) => longestTable(p.html)],
    ];
    for (const [reason, measure] of extremes) {
      const page = top(list, measure);
      if (page) choose(page, route, reason);
    }
  }
  // The longest table of the whole site, in each language.
  const byLang = new Map<string, PageSource[]>();
  for (const { route, pages: list } of groups.values()) {
    for (const page of list) {
      const lang = paramsOf(route, page.url)['lang'] ?? '';
      byLang.set(lang, [...(byLang.get(lang) ?? []), page]);
    }
  }
  for (const list of byLang.values()) {
    const page = top(list, (p) => longestTable(p.html));
    if (page) choose(page, routeFor(page.url, routes)!, 'longest table on the site');
  }
  return [...chosen.values()].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * The layout a route file renders with: the first `layouts/<Name>.astro` it imports, or undefined
 * for a page that writes its own document (the bilingual root page, the 404 page).
 */
export function layoutOf(file: string, dir = PAGES_DIR): string | undefined {
  const source = readFileSync(join(dir, file), 'utf8');
  return /from\s+['"][./]*(?:[^'"]*\/)?layouts\/([\w-]+)\.astro['"]/.exec(source)?.[1];
}

/**
 * One page per layout and language: for each layout some route uses, the template's page of
 * its route file with the shortest name (the simplest page: `[lang]/index.astro` for the site
 * layout). Pages without a layout are left out.
 */
export function layoutPages(selected: readonly Selected[], layout: (file: string) => string | undefined = (f) => layoutOf(f)): { layout: string; lang: string | undefined; url: string }[] {
  const found = new Map<string, { layout: string; lang: string | undefined; url: string }>();
  const order = (a: Selected, b: Selected) => a.template.length - b.template.length || (a.template < b.template ? -1 : a.template > b.template ? 1 : 0);
  for (const page of selected.filter((s) => s.reasons.includes('template')).sort(order)) {
    const name = layout(page.template);
    if (!name) continue;
    const key = `${name}\u0000${page.lang ?? ''}`;
    if (!found.has(key)) found.set(key, { layout: name, lang: page.lang, url: page.url });
  }
  return [...found.values()];
}
