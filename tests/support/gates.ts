/**
 * The static gates: every check of a built page that needs no browser, run over every page of a
 * dist folder read once, each page parsed once. tests/dist/ asserts on the result, gate by gate;
 * the benchmark (`npm run bench`) runs the same function over a synthetic corpus to show how the
 * cost per page grows.
 *
 * Per page: valid HTML (html-validate with .htmlvalidate.json), one h1 and headings in order, text
 * alternatives, the language of the page, the site chrome on pages of a language folder (header,
 * skip link), a dark colour scheme that changes colours only, the head (canonical, hreflang, description, Open Graph, JSON-LD), a strict CSP meta
 * tag that matches the site policy of `_headers`, and only safe scripts. Over the site: every
 * internal link and #fragment, the sitemap, and the same pages in both languages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { attr, byTag, hasClass, parseHtml } from './dom';
import { readBuiltSite, type BuiltSite } from './dist';
import { checkCspMeta, checkHead, cspWithin, parseCsp, parseHeadersFile, publicUrl, sitemapLocs } from './head';
import { checkLinks } from './links';
import { checkHeadings, checkScripts, checkTextAlternatives } from './structure';
import { htmlValidator, validateHtml } from './validate';

/** The gates, in the order they are reported. */
export const GATES = ['html', 'headings', 'text-alternatives', 'language', 'chrome', 'dark-scheme', 'head', 'csp', 'scripts', 'links', 'sitemap', 'languages'] as const;
export type Gate = (typeof GATES)[number];

export interface Problem {
  gate: Gate;
  /** The page at fault (URL path without base), or the file for a site-wide problem. */
  page: string;
  problem: string;
}

export interface GateOptions {
  /** The site origin and base path the build was made for. */
  site: string;
  base: string;
}

/** A page of a language folder: it uses the site layout (header, skip link, language switch). */
export const isLanguagePage = (path: string) => /^\/(ko|en)\//.test(path);

/** The site-wide policy of a `_headers` file for `/*`, without the header-only directives, normalised; undefined without one. */
export function headerPolicy(headersFile: string): string | undefined {
  const policy = parseHeadersFile(headersFile).get('/*')?.get('content-security-policy');
  if (!policy) return undefined;
  return normalisedCsp(policy, ['frame-ancestors']);
}

/** A policy written one way: `name source source; …` with single spaces, some directives left out. */
export function normalisedCsp(policy: string, without: string[] = []): string {
  return [...parseCsp(policy)]
    .filter(([name]) => !without.includes(name))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The text of every `@media (prefers-color-scheme: dark) { … }` block in a stylesheet, braces matched. */
export function darkBlocks(css: string): string[] {
  const blocks: string[] = [];
  for (const match of css.matchAll(/@media[^{]*prefers-color-scheme\s*:\s*dark[^{]*\{/g)) {
    let depth = 1;
    let i = match.index + match[0].length;
    const start = i;
    while (i < css.length && depth > 0) {
      if (css[i] === '{') depth += 1;
      else if (css[i] === '}') depth -= 1;
      i += 1;
    }
    blocks.push(css.slice(start, i - 1));
  }
  return blocks;
}

const COLOUR_VALUE = /^(#[0-9a-f]{3,8}|(?:rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch|color|color-mix)\([^;{}]*\)|transparent|currentcolor|[a-z]+)$/i;

/**
 * The dark colour scheme changes colours only: every declaration inside a `prefers-color-scheme:
 * dark` block of the page's styles sets a custom property to a colour. Then the layout is the same
 * in both schemes, and the browser tests check it once (axe still checks both schemes' colours).
 */
export function checkDarkScheme(root: Root): string[] {
  const problems: string[] = [];
  const css = byTag(root, 'style').map((style) => style.children.map((c) => (c.type === 'text' ? c.value : '')).join('')).join('\n');
  for (const block of darkBlocks(css)) {
    const declarations = block.replace(/\/\*[\s\S]*?\*\//g, '').replace(/[^{};]*\{|\}/g, ';').split(';').map((d) => d.trim()).filter(Boolean);
    for (const declaration of declarations) {
      const colon = declaration.indexOf(':');
      const name = declaration.slice(0, colon).trim();
      const value = declaration.slice(colon + 1).trim();
      if (colon < 0 || !name.startsWith('--') || !COLOUR_VALUE.test(value)) problems.push(`the dark scheme sets "${declaration}": only colour variables keep the layout the same in both schemes`);
    }
  }
  return problems;
}

/** The checks of one page that need only its own HTML (and the list of built pages). */
export async function checkPage(path: string, html: string, root: Root, context: { options: GateOptions; pages: ReadonlySet<string>; validator: ReturnType<typeof htmlValidator>; policy: string | undefined }): Promise<Problem[]> {
  const problems: Problem[] = [];
  const add = (gate: Gate, list: string[]) => list.forEach((problem) => problems.push({ gate, page: path, problem }));
  const { site, base } = context.options;
  const siteOrigin = new URL(site).origin;
  const isInternal = (src: string) => {
    const url = new URL(src, `${siteOrigin}${base}`);
    return url.origin === siteOrigin && url.pathname.startsWith(base);
  };

  const messages = await validateHtml(context.validator, html, path);
  add('html', messages.map((m) => `${m.rule} ${m.line}:${m.column} ${m.message} (${m.excerpt})`));
  add('headings', checkHeadings(root));
  add('text-alternatives', checkTextAlternatives(root));

  const lang = attr(byTag(root, 'html')[0] ?? { type: 'element', tagName: 'html', properties: {}, children: [] }, 'lang');
  const expected = path.startsWith('/en/') ? 'en' : 'ko';
  if (lang !== expected) add('language', [`<html lang="${lang ?? ''}">, expected "${expected}"`]);

  if (isLanguagePage(path)) {
    const missing = ['skip-link', 'site-header'].filter((name) => !byTag(root, 'a', 'header').some((el) => hasClass(el, name)));
    add('chrome', missing.map((name) => `no .${name}`));
  }

  add('dark-scheme', checkDarkScheme(root));
  add('head', checkHead(root, { path, site, base, pages: context.pages }));

  const csp = checkCspMeta(root);
  add('csp', csp.problems);
  if (csp.policy !== undefined && context.policy !== undefined) {
    if (isLanguagePage(path)) {
      const normalised = normalisedCsp(csp.policy);
      if (normalised !== context.policy) add('csp', [`meta CSP "${normalised}" differs from the _headers policy "${context.policy}"`]);
    } else add('csp', cspWithin(csp.policy, context.policy).map((p) => `meta CSP allows more than _headers: ${p}`));
  } else if (context.policy === undefined) add('csp', ['no Content-Security-Policy for /* in _headers']);
  add('scripts', checkScripts(root, isInternal));
  return problems;
}

/** The sitemap index and its sitemaps list every page but the 404 page, and nothing else. */
export function checkSitemap(dir: string, pages: readonly string[], options: GateOptions): Problem[] {
  const problems: Problem[] = [];
  const report = (problem: string) => problems.push({ gate: 'sitemap', page: '/sitemap-index.xml', problem });
  const indexFile = join(dir, 'sitemap-index.xml');
  if (!existsSync(indexFile)) {
    report('no sitemap-index.xml');
    return problems;
  }
  const index = sitemapLocs(readFileSync(indexFile, 'utf8'));
  if (index.length === 0) report('the sitemap index lists no sitemap');
  const prefix = publicUrl(options.site, options.base, '/');
  const listed = new Set<string>();
  for (const loc of index) {
    if (!loc.startsWith(prefix)) {
      report(`${loc} is outside ${prefix}`);
      continue;
    }
    const file = join(dir, loc.slice(prefix.length));
    if (!existsSync(file)) {
      report(`${loc} was not built`);
      continue;
    }
    for (const url of sitemapLocs(readFileSync(file, 'utf8'))) listed.add(url);
  }
  const expected = pages.filter((p) => p !== '/404.html').map((p) => publicUrl(options.site, options.base, p));
  for (const url of expected) if (!listed.has(url)) report(`page missing from the sitemap: ${url}`);
  for (const url of listed) if (!expected.includes(url)) report(`sitemap URL that is not a built page: ${url}`);
  return problems;
}

/** Both language folders hold the same pages. */
export function checkLanguages(pages: readonly string[]): Problem[] {
  const of = (lang: string) => new Set(pages.filter((p) => p.startsWith(`/${lang}/`)).map((p) => p.slice(lang.length + 2)));
  const ko = of('ko');
  const en = of('en');
  const problems: Problem[] = [];
  for (const p of ko) if (!en.has(p)) problems.push({ gate: 'languages', page: `/ko/${p}`, problem: `no English counterpart /en/${p}` });
  for (const p of en) if (!ko.has(p)) problems.push({ gate: 'languages', page: `/en/${p}`, problem: `no Korean counterpart /ko/${p}` });
  if (ko.size === 0 || en.size === 0) problems.push({ gate: 'languages', page: '/', problem: `pages: ${ko.size} in /ko/, ${en.size} in /en/` });
  return problems;
}

export interface GateRun {
  site: BuiltSite;
  problems: Problem[];
  /** Milliseconds spent, reading the folder included. */
  ms: number;
}

/** Every static gate over every page of a built folder. */
export async function runStaticGates(dir: string, options: GateOptions, site: BuiltSite = readBuiltSite(dir)): Promise<GateRun> {
  const started = performance.now();
  const pages = [...site.pages.keys()];
  const pageSet = new Set(pages);
  const headersFile = join(dir, '_headers');
  const policy = existsSync(headersFile) ? headerPolicy(readFileSync(headersFile, 'utf8')) : undefined;
  const validator = htmlValidator();
  const trees = new Map<string, Root>();
  const problems: Problem[] = [];
  for (const [path, html] of site.pages) {
    const root = parseHtml(html);
    trees.set(path, root);
    problems.push(...(await checkPage(path, html, root, { options, pages: pageSet, validator, policy })));
  }
  for (const link of checkLinks(site, options, trees)) problems.push({ gate: 'links', page: link.page, problem: `${link.url}: ${link.problem}` });
  problems.push(...checkSitemap(dir, pages, options));
  problems.push(...checkLanguages(pages));
  return { site, problems, ms: performance.now() - started };
}

/**
 * The problems of one gate as a readable list, grouped by problem with every page at fault: a
 * missing page linked from forty pages is one line naming the forty, not forty lines.
 */
export function report(problems: readonly Problem[], gate: Gate): string {
  const byProblem = new Map<string, string[]>();
  for (const p of problems.filter((x) => x.gate === gate)) byProblem.set(p.problem, [...(byProblem.get(p.problem) ?? []), p.page]);
  const pages = new Set(problems.filter((x) => x.gate === gate).map((p) => p.page));
  const lines = [...byProblem].map(([problem, at]) => `  - ${problem} — on ${at.join(', ')}`);
  return `${gate}: ${lines.length} problem(s) on ${pages.size} page(s):\n${lines.join('\n')}`;
}
