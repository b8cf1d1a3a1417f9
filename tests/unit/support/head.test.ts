import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../support/dom';
import { checkCspMeta, checkHead, cspWithin, parseHeadersFile, sitemapLocs } from '../../support/head';
import { diffTrees, hashTree } from '../../support/tree-hash';

const site = 'http://127.0.0.1:4321';
const pages = new Set(['/ko/article/', '/en/article/']);
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'";

function head(extra: { omit?: string; csp?: string; jsonLd?: string; hreflangEn?: string } = {}) {
  const lines: Record<string, string> = {
    csp: `<meta http-equiv="Content-Security-Policy" content="${extra.csp ?? CSP}">`,
    title: '<title>Article · KB</title>',
    description: '<meta name="description" content="One article.">',
    canonical: `<link rel="canonical" href="${site}/en/article/">`,
    ko: `<link rel="alternate" hreflang="ko-KR" href="${site}/ko/article/">`,
    en: `<link rel="alternate" hreflang="en" href="${extra.hreflangEn ?? `${site}/en/article/`}">`,
    xdefault: `<link rel="alternate" hreflang="x-default" href="${site}/ko/article/">`,
    ogTitle: '<meta property="og:title" content="Article">',
    ogDescription: '<meta property="og:description" content="One article.">',
    ogUrl: `<meta property="og:url" content="${site}/en/article/">`,
    ogType: '<meta property="og:type" content="article">',
    ogLocale: '<meta property="og:locale" content="en">',
    script: '<script src="/scripts/enhance.js" type="module"></script>',
    jsonLd: `<script type="application/ld+json">${extra.jsonLd ?? '{"@context":"https://schema.org","@type":"ScholarlyArticle"}'}</script>`,
  };
  if (extra.omit) delete lines[extra.omit];
  return parseHtml(`<!doctype html><html lang="en"><head>${Object.values(lines).join('')}</head><body><h1>x</h1></body></html>`);
}
const context = { path: '/en/article/', site, base: '/', pages };

describe('checkHead', () => {
  it('accepts a complete head', () => {
    expect(checkHead(head(), context)).toEqual([]);
  });
  it.each([
    ['canonical', 'expected one canonical link, found 0'],
    ['ko', 'no hreflang="ko" alternate'],
    ['xdefault', 'no hreflang="x-default" alternate'],
    ['description', 'no meta description'],
    ['ogUrl', 'no og:url'],
    ['ogLocale', 'no og:locale'],
  ])('reports a missing %s', (omit, problem) => {
    expect(checkHead(head({ omit }), context)).toContain(problem);
  });
  it('reports an alternate to a page that was not built, or that is not the page itself', () => {
    expect(checkHead(head({ hreflangEn: `${site}/en/other/` }), context)).toEqual([
      'hreflang en points to /en/other/, which was not built',
      `hreflang en of a en page should be the page itself, not ${site}/en/other/`,
    ]);
  });
  it('reports JSON-LD that does not parse or has an unexpected @type', () => {
    expect(checkHead(head({ jsonLd: '{"@context":"https://schema.org",' }), context)[0]).toMatch(/^JSON-LD does not parse/);
    expect(checkHead(head({ jsonLd: '{"@context":"https://schema.org","@type":"Recipe"}' }), context)).toEqual(['JSON-LD @type Recipe is not one this site uses']);
  });
});

describe('Content-Security-Policy', () => {
  it('accepts a strict policy placed before the resources it governs', () => {
    expect(checkCspMeta(head())).toEqual({ policy: CSP, problems: [] });
  });
  it("rejects 'unsafe-inline' scripts, a missing object-src and a missing tag", () => {
    expect(checkCspMeta(head({ csp: "default-src 'self'; script-src 'self' 'unsafe-inline'; base-uri 'self'" })).problems).toEqual([
      "script-src allows 'unsafe-inline'",
      "object-src is not 'none'",
    ]);
    expect(checkCspMeta(head({ omit: 'csp' })).problems).toEqual(['expected one Content-Security-Policy meta tag, found 0']);
  });
  it('compares a page policy with the site policy directive by directive', () => {
    expect(cspWithin("script-src 'self'; object-src 'none'", CSP)).toEqual([]);
    expect(cspWithin("script-src 'self' https://cdn.example.org", CSP)).toEqual(['script-src https://cdn.example.org is not allowed by the site policy']);
  });
  it('reads a _headers file', () => {
    const rules = parseHeadersFile(`# comment\n/*\n  Content-Security-Policy: ${CSP}\n  X-Content-Type-Options: nosniff\n`);
    expect(rules.get('/*')?.get('content-security-policy')).toBe(CSP);
    expect(rules.get('/*')?.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('sitemapLocs', () => {
  it('reads the <loc> URLs of a sitemap', () => {
    expect(sitemapLocs('<urlset><url><loc>http://x/ko/</loc></url><url><loc> http://x/en/?a=1&amp;b=2 </loc></url></urlset>')).toEqual(['http://x/ko/', 'http://x/en/?a=1&b=2']);
  });
});

describe('hashTree / diffTrees', () => {
  const root = mkdtempSync(join(tmpdir(), 'tree-hash-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (tree: string, files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, tree, path, '..'), { recursive: true });
      writeFileSync(join(root, tree, path), text);
    }
    return hashTree(join(root, tree));
  };
  it('finds identical trees identical and names every difference otherwise', () => {
    const a = write('a', { 'index.html': 'x', 'ko/index.html': 'y', 'gone.txt': '1' });
    const b = write('b', { 'index.html': 'x', 'ko/index.html': 'y', 'gone.txt': '1' });
    expect(diffTrees(a, b)).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [] });
    const c = write('c', { 'index.html': 'x', 'ko/index.html': 'y (built at 12:01)', 'new.txt': '2' });
    expect(diffTrees(a, c)).toEqual({ onlyInFirst: ['gone.txt'], onlyInSecond: ['new.txt'], differing: ['ko/index.html'] });
  });
});
