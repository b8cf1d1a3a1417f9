/**
 * Head metadata, Content-Security-Policy and sitemap gates, as pure functions over parsed pages.
 */
import type { Root } from 'hast';
import { attr, byTag, metaContent } from './dom';

/** schema.org types a page of this site may describe itself as. */
export const JSON_LD_TYPES = new Set([
  'Article',
  'ScholarlyArticle',
  'Dataset',
  'DataCatalog',
  'DefinedTerm',
  'DefinedTermSet',
  'Organization',
  'Event',
  'WebPage',
  'CollectionPage',
  'ItemList',
  'WebSite',
  'SearchResultsPage',
  'Table',
  'BreadcrumbList',
  'CreativeWork',
]);

export interface HeadContext {
  /** The page's URL path without base (`/ko/article/`). */
  path: string;
  /** The site origin and base path the build was made for. */
  site: string;
  base: string;
  /** The URL paths of the built pages, to check that alternates exist. */
  pages: ReadonlySet<string>;
}

/** The absolute URL a page is published at. */
export function publicUrl(site: string, base: string, path: string): string {
  return new URL(base.replace(/\/$/, '') + path, site).href;
}

/** The JSON-LD objects of a page (each script's top level, or its @graph items). */
export function jsonLdOf(root: Root): { data?: unknown; error?: string }[] {
  return byTag(root, 'script')
    .filter((s) => (attr(s, 'type') ?? '').toLowerCase() === 'application/ld+json')
    .map((s) => {
      const raw = s.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      try {
        return { data: JSON.parse(raw) as unknown };
      } catch (error) {
        return { error: (error as Error).message };
      }
    });
}

function typesOf(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return [];
  const record = data as Record<string, unknown>;
  if (Array.isArray(record['@graph'])) return record['@graph'].flatMap(typesOf);
  const type = record['@type'];
  return Array.isArray(type) ? type.map(String) : type === undefined ? [] : [String(type)];
}

/**
 * Canonical URL, hreflang alternates (ko, en and x-default, each to a built page, the page's own
 * language pointing back at itself), description, Open Graph and JSON-LD. A page marked
 * `noindex` (the 404 page) needs only a title and description-free head.
 */
export function checkHead(root: Root, context: HeadContext): string[] {
  const problems: string[] = [];
  const title = byTag(root, 'title')[0];
  const titleText = title ? title.children.map((c) => (c.type === 'text' ? c.value : '')).join('').trim() : '';
  if (titleText === '') problems.push('no <title>');
  if ((metaContent(root, 'robots') ?? '').includes('noindex')) return problems;

  const self = publicUrl(context.site, context.base, context.path);
  const links = byTag(root, 'link');
  const canonical = links.filter((l) => attr(l, 'rel')?.split(/\s+/).includes('canonical'));
  if (canonical.length !== 1) problems.push(`expected one canonical link, found ${canonical.length}`);
  else if (attr(canonical[0]!, 'href') !== self) problems.push(`canonical is ${attr(canonical[0]!, 'href')}, expected ${self}`);

  const alternates = links.filter((l) => attr(l, 'rel')?.split(/\s+/).includes('alternate') && attr(l, 'hreflang'));
  const byLang = new Map<string, string>();
  for (const link of alternates) {
    const lang = attr(link, 'hreflang') ?? '';
    const primary = lang === 'x-default' ? lang : lang.split('-')[0]!.toLowerCase();
    if (byLang.has(primary)) problems.push(`two hreflang alternates for ${primary}`);
    byLang.set(primary, attr(link, 'href') ?? '');
  }
  const pageLang = (attr(byTag(root, 'html')[0]!, 'lang') ?? '').split('-')[0]!.toLowerCase();
  for (const lang of ['ko', 'en', 'x-default']) {
    const href = byLang.get(lang);
    if (!href) {
      problems.push(`no hreflang="${lang}" alternate`);
      continue;
    }
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      problems.push(`hreflang ${lang} href ${href} is not an absolute URL`);
      continue;
    }
    const prefix = publicUrl(context.site, context.base, '/');
    if (!url.href.startsWith(prefix)) {
      problems.push(`hreflang ${lang} href ${href} is outside the site ${prefix}`);
      continue;
    }
    const target = `/${url.pathname.slice(new URL(prefix).pathname.length)}`;
    if (!context.pages.has(target)) problems.push(`hreflang ${lang} points to ${target}, which was not built`);
    if (lang !== 'x-default' && lang === pageLang && context.path.startsWith(`/${lang}/`) && url.href !== self) {
      problems.push(`hreflang ${lang} of a ${lang} page should be the page itself, not ${href}`);
    }
  }

  const description = metaContent(root, 'description') ?? '';
  if (description.trim() === '') problems.push('no meta description');
  for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale']) {
    if ((metaContent(root, key) ?? '').trim() === '') problems.push(`no ${key}`);
  }
  const ogUrl = metaContent(root, 'og:url');
  if (ogUrl && ogUrl !== self) problems.push(`og:url is ${ogUrl}, expected ${self}`);
  const locale = metaContent(root, 'og:locale');
  if (locale && !/^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale)) problems.push(`og:locale "${locale}" is not of the form ll or ll_TT`);

  for (const block of jsonLdOf(root)) {
    if (block.error !== undefined) {
      problems.push(`JSON-LD does not parse: ${block.error}`);
      continue;
    }
    const context_ = (block.data as Record<string, unknown> | null)?.['@context'];
    if (typeof context_ !== 'string' || !/^https?:\/\/schema\.org\/?$/.test(context_)) problems.push(`JSON-LD @context is ${JSON.stringify(context_)}, expected https://schema.org`);
    const types = typesOf(block.data);
    if (types.length === 0) problems.push('JSON-LD without @type');
    for (const type of types) if (!JSON_LD_TYPES.has(type)) problems.push(`JSON-LD @type ${type} is not one this site uses`);
  }
  return problems;
}

/** A Content-Security-Policy as directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * A page's CSP meta tag: present, before anything it governs (scripts, styles, links), and with no
 * 'unsafe-inline' or 'unsafe-eval' for scripts. Returns the policy and the problems.
 */
export function checkCspMeta(root: Root): { policy?: string; problems: string[] } {
  const problems: string[] = [];
  const head = byTag(root, 'head')[0];
  const metas = byTag(root, 'meta').filter((m) => attr(m, 'http-equiv')?.toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) return { problems: [`expected one Content-Security-Policy meta tag, found ${metas.length}`] };
  const meta = metas[0]!;
  const order = head ? head.children.filter((c) => c.type === 'element') : [];
  const at = order.indexOf(meta);
  if (at < 0) problems.push('the CSP meta tag is not a child of <head>');
  else if (order.slice(0, at).some((el) => ['script', 'link', 'style', 'base'].includes(el.tagName))) {
    problems.push('the CSP meta tag comes after a script, style or link it should govern');
  }
  const policy = attr(meta, 'content') ?? '';
  problems.push(...checkCspPolicy(policy));
  return { policy, problems };
}

/** Script sources of a policy must not allow inline code or eval. */
export function checkCspPolicy(policy: string): string[] {
  const problems: string[] = [];
  const csp = parseCsp(policy);
  const scripts = csp.get('script-src') ?? csp.get('default-src');
  if (!scripts) problems.push('no script-src or default-src');
  else {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:']) {
      if (scripts.includes(bad)) problems.push(`script-src allows ${bad}`);
    }
  }
  if (!csp.get('object-src')?.includes("'none'")) problems.push("object-src is not 'none'");
  if (!csp.has('base-uri')) problems.push('no base-uri');
  return problems;
}

/** Whether policy `inner` allows nothing that `outer` forbids, directive by directive. */
export function cspWithin(inner: string, outer: string): string[] {
  const a = parseCsp(inner);
  const b = parseCsp(outer);
  const problems: string[] = [];
  const fallback = (csp: Map<string, string[]>, name: string) => csp.get(name) ?? (name.endsWith('-src') ? csp.get('default-src') : undefined);
  for (const [name, sources] of a) {
    const allowed = fallback(b, name);
    if (!allowed) continue;
    for (const source of sources) if (!allowed.includes(source)) problems.push(`${name} ${source} is not allowed by the site policy`);
  }
  return problems;
}

/** The headers a `_headers` file (Netlify / Cloudflare Pages format) sets for a path pattern. */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (current && colon > 0) current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return rules;
}

/** The <loc> URLs of a sitemap or sitemap index. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}
