/**
 * The link gate as a pure function over a built site: every internal link (href or src, relative
 * or absolute, with or without the site's origin) must reach a built file, and every #fragment an
 * element id in the target page; external links must be well-formed http(s) or mailto URLs. Nothing
 * is fetched.
 */
import type { Root } from 'hast';
import { attr, elements, parseHtml } from './dom';
import type { BuiltSite } from './dist';

export interface LinkProblem {
  /** The page that holds the link (URL path without base). */
  page: string;
  /** The link as written. */
  url: string;
  problem: string;
}

export interface LinkOptions {
  /** The site's origin as configured (`http://127.0.0.1:4321`): absolute links to it are internal. */
  site: string;
  /** The base path (`/` or `/sub/`). */
  base: string;
}

/** Which attribute of which element holds a URL. */
const URL_ATTRIBUTES: [tag: string, attribute: string][] = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['img', 'src'],
  ['script', 'src'],
  ['iframe', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['audio', 'src'],
  ['form', 'action'],
];

const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The ids (and legacy `<a name>`s) of a document: the fragments that can point into it. */
export function fragmentTargets(root: Root): Set<string> {
  const ids = new Set<string>();
  for (const el of elements(root)) {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    if (el.tagName === 'a') {
      const name = attr(el, 'name');
      if (name) ids.add(name);
    }
  }
  return ids;
}

/** Every URL-valued attribute of a document, in document order. */
export function linksOf(root: Root): string[] {
  const urls: string[] = [];
  const tags = new Set(URL_ATTRIBUTES.map(([tag]) => tag));
  for (const el of elements(root)) {
    if (!tags.has(el.tagName)) continue;
    for (const [tag, name] of URL_ATTRIBUTES) {
      if (tag !== el.tagName) continue;
      const value = attr(el, name);
      if (value !== undefined) urls.push(value);
    }
    if (el.tagName === 'img' || el.tagName === 'source') {
      const srcset = attr(el, 'srcset');
      if (srcset) for (const candidate of srcset.split(',')) urls.push(candidate.trim().split(/\s+/)[0] ?? '');
    }
  }
  return urls;
}

/**
 * Where an internal URL path lands in the site: the page key (`/ko/article/`) for an HTML page, the
 * file path for another file, or undefined when nothing is there.
 */
export function resolveTarget(site: BuiltSite, path: string): { page?: string; file?: string } | undefined {
  if (path.endsWith('/')) return site.pages.has(path) ? { page: path } : undefined;
  if (path.endsWith('/index.html')) {
    const dir = path.slice(0, -'index.html'.length);
    return site.pages.has(dir) ? { page: dir } : undefined;
  }
  if (site.pages.has(path)) return { page: path };
  if (site.files.has(path)) return { file: path };
  return undefined;
}

/**
 * Checks every link of every page; returns the problems, none when all links resolve. `parsed`
 * lends the pages' trees when the caller has parsed them already.
 */
export function checkLinks(site: BuiltSite, options: LinkOptions, parsed: ReadonlyMap<string, Root> = new Map()): LinkProblem[] {
  const origin = new URL(options.site).origin;
  const trees = new Map<string, Root>(parsed);
  const tree = (page: string): Root => {
    let root = trees.get(page);
    if (!root) {
      root = parseHtml(site.pages.get(page) ?? '');
      trees.set(page, root);
    }
    return root;
  };
  const targets = new Map<string, Set<string>>();
  const targetsOf = (page: string): Set<string> => {
    let ids = targets.get(page);
    if (!ids) {
      ids = fragmentTargets(tree(page));
      targets.set(page, ids);
    }
    return ids;
  };

  const problems: LinkProblem[] = [];
  for (const page of site.pages.keys()) {
    const pageUrl = new URL(options.base.replace(/\/$/, '') + page, origin);
    for (const raw of linksOf(tree(page))) {
      const report = (problem: string) => problems.push({ page, url: raw, problem });
      const value = raw.trim();
      if (value === '') {
        report('empty URL');
        continue;
      }
      let url: URL;
      try {
        url = new URL(value, pageUrl);
      } catch {
        report('not a well-formed URL');
        continue;
      }
      if (url.origin !== origin || !['http:', 'https:'].includes(url.protocol)) {
        // External: well-formed and of an allowed scheme; never fetched.
        if (!EXTERNAL_SCHEMES.has(url.protocol)) report(`scheme ${url.protocol} is not allowed (http, https or mailto only)`);
        else if (url.protocol !== 'mailto:' && url.hostname === '') report('external URL without a host');
        else if (url.protocol === 'mailto:' && !/^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname))) report('mailto: without a valid address');
        continue;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        report('malformed percent-encoding');
        continue;
      }
      if (!pathname.startsWith(options.base)) {
        report(`outside the base path ${options.base}`);
        continue;
      }
      const path = `/${pathname.slice(options.base.length)}`;
      const target = resolveTarget(site, path);
      if (!target) {
        const asDir = resolveTarget(site, `${path}/`);
        report(asDir ? 'missing trailing slash (the site uses trailing slashes)' : `no such page or file: ${path}`);
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment === '' || fragment === 'top' || !target.page) continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        report('malformed percent-encoding in fragment');
        continue;
      }
      if (!targetsOf(target.page).has(id)) report(`no element with id "${id}" in ${target.page}`);
    }
  }
  return problems;
}
