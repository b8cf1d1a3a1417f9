import { describe, expect, it } from 'vitest';
import { checkLinks, linksOf } from '../../support/links';
import { parseHtml } from '../../support/dom';
import type { BuiltSite } from '../../support/dist';

const page = (body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;

/** A three-page site in the shape readBuiltSite returns. */
function site(pages: Record<string, string>, files: string[] = []): BuiltSite {
  return { pages: new Map(Object.entries(pages)), files: new Set([...files, ...Object.keys(pages).map((p) => (p.endsWith('/') ? `${p}index.html` : p))]) };
}

const ok = site(
  {
    '/en/': page('<a href="/en/article/#s2-p1">article</a> <a href="article/">rel</a> <a href="../ko/">ko</a> <a href="#top">top</a>'),
    '/en/article/': page('<p id="s2-p1">x</p><a href="http://127.0.0.1:4321/en/">abs</a><img src="/favicon.svg" alt=""><a href="#s2-p1">self</a>'),
    '/ko/': page('<a href="https://www.uclg.org/">UCLG</a> <a href="mailto:someone@example.org">mail</a> <a href="/ko/data/tables.csv">csv</a>', 'ko'),
  },
  ['/favicon.svg', '/ko/data/tables.csv'],
);
const options = { site: 'http://127.0.0.1:4321', base: '/' };

describe('checkLinks', () => {
  it('accepts relative, absolute, same-origin, fragment, file and external links that resolve', () => {
    expect(checkLinks(ok, options)).toEqual([]);
  });

  it('catches a link to a page that was not built', () => {
    const broken = site({ ...Object.fromEntries(ok.pages), '/en/': page('<a href="/en/lineage/">lineage</a>') }, [...ok.files]);
    expect(checkLinks(broken, options)).toEqual([{ page: '/en/', url: '/en/lineage/', problem: 'no such page or file: /en/lineage/' }]);
  });

  it('catches a fragment with no matching id in the target page, and in the page itself', () => {
    const broken = site({ ...Object.fromEntries(ok.pages), '/en/': page('<a href="/en/article/#s9-p9">x</a><a href="#nowhere">y</a>') }, [...ok.files]);
    expect(checkLinks(broken, options).map((p) => p.problem)).toEqual(['no element with id "s9-p9" in /en/article/', 'no element with id "nowhere" in /en/']);
  });

  it('resolves percent-encoded paths and fragments', () => {
    const encoded = site({ '/en/': page('<a href="/en/%EC%9A%A9%EC%96%B4/#%EA%B0%80">x</a>'), '/en/용어/': page('<h2 id="가">가</h2>') });
    expect(checkLinks(encoded, options)).toEqual([]);
  });

  it('flags a directory link without its trailing slash', () => {
    const broken = site({ '/en/': page('<a href="/en/article">x</a>'), '/en/article/': page('') });
    expect(checkLinks(broken, options)[0]?.problem).toMatch(/trailing slash/);
  });

  it('flags a missing asset (stylesheet, script, image)', () => {
    const broken = site({ '/en/': page('<link rel="stylesheet" href="/_astro/gone.css"><script src="/scripts/gone.js"></script><img src="x.png" alt="">') });
    expect(checkLinks(broken, options).map((p) => p.url)).toEqual(['/_astro/gone.css', '/scripts/gone.js', 'x.png']);
  });

  it('checks external links for form only: scheme and host', () => {
    const broken = site({ '/en/': page('<a href="javascript:void(0)">j</a><a href="ftp://example.org/">f</a><a href="mailto:nobody">m</a><a href="https://uclg.org/ok">fine</a><a href="http://exa mple.org/">bad</a>') });
    expect(checkLinks(broken, options).map((p) => p.url)).toEqual(['javascript:void(0)', 'ftp://example.org/', 'mailto:nobody', 'http://exa mple.org/']);
  });

  it('honours a base path: links must stay under it', () => {
    const based = site({ '/en/': page('<a href="/sub/en/article/">in</a><a href="/en/article/">out</a>'), '/en/article/': page('') });
    expect(checkLinks(based, { site: 'https://example.org', base: '/sub/' })).toEqual([{ page: '/en/', url: '/en/article/', problem: 'outside the base path /sub/' }]);
  });
});

describe('linksOf', () => {
  it('collects href, src and srcset values in document order', () => {
    const root = parseHtml(page('<a href="/a/">a</a><img src="/i.png" srcset="/i2.png 2x, /i3.png 3x" alt=""><form action="/f/"></form>'));
    expect(linksOf(root)).toEqual(['/a/', '/i.png', '/i2.png', '/i3.png', '/f/']);
  });
});
