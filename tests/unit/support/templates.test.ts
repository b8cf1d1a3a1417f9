import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutOf, layoutPages, longestTable, noteCount, paramsOf, representativePages, routeFor, routeOf, siteRoutes, type PageSource } from '../../support/templates';

/** A src/pages tree in a temporary folder. */
function pagesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'routes-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const BASE = "---\nimport Base from '../../layouts/Base.astro';\n---";
const ARTICLE = "---\nimport Article from '../../../layouts/Article.astro';\n---";
const SITE = {
  'index.astro': '<html></html>',
  '404.astro': '<html></html>',
  '[lang]/index.astro': BASE,
  '[lang]/article/index.astro': ARTICLE,
  '[lang]/glossary/[id].astro': BASE,
  '[lang]/glossary/index.astro': BASE,
  '[lang]/lineage/[id]/index.astro': BASE,
  '[lang]/data/[name].csv.ts': 'export const GET = () => new Response("");',
  'data/[name].json.ts': 'export const GET = () => new Response("");',
  '_partials/not-a-route.astro': '',
};

const page = (url: string, html = '<html></html>'): PageSource => ({ url, html });
const row = '<tr><td>x</td></tr>';

describe('routeOf', () => {
  it('derives the URL pattern Astro builds for pages and endpoints', () => {
    expect(['index.astro', '404.astro', '[lang]/index.astro', '[lang]/glossary/[id].astro', '[lang]/lineage/[id]/index.astro', '[lang]/data/[name].csv.ts', 'docs/[...slug].md'].map((f) => routeOf(f).pattern)).toEqual([
      '/',
      '/404.html',
      '/[lang]/',
      '/[lang]/glossary/[id]/',
      '/[lang]/lineage/[id]/',
      '/[lang]/data/[name].csv',
      '/docs/[...slug]/',
    ]);
    expect(routeOf('[lang]/data/[name].csv.ts').kind).toBe('endpoint');
    expect(routeOf('docs/[...slug].md').rest).toBe(true);
  });
  it('matches the pages a route builds and reads their parameters', () => {
    const route = routeOf('[lang]/glossary/[id].astro');
    expect(route.regex.test('/ko/glossary/para-diplomacy/')).toBe(true);
    expect(route.regex.test('/ko/glossary/')).toBe(false);
    expect(route.regex.test('/ko/glossary/a/b/')).toBe(false);
    expect(paramsOf(route, '/en/glossary/%EC%99%B8%EA%B5%90/')).toEqual({ lang: 'en', id: '외교' });
    expect(routeOf('[lang]/data/[name].csv.ts').regex.test('/en/data/seoul.csv')).toBe(true);
  });
  it('prefers the most specific route, as Astro does', () => {
    const routes = ['[lang]/[section]/index.astro', '[lang]/glossary/index.astro', 'docs/[...slug].md', 'docs/[page].astro'].map(routeOf);
    expect(routeFor('/ko/glossary/', routes)?.file).toBe('[lang]/glossary/index.astro');
    expect(routeFor('/ko/lineage/', routes)?.file).toBe('[lang]/[section]/index.astro');
    expect(routeFor('/docs/intro/', routes)?.file).toBe('docs/[page].astro');
    expect(routeFor('/docs/a/b/', routes)?.file).toBe('docs/[...slug].md');
  });
});

describe('siteRoutes', () => {
  it('lists every route file, skipping _-prefixed ones, so a new route file is picked up without editing a test', () => {
    const dir = pagesDir(SITE);
    dirs.push(dir);
    expect(siteRoutes(dir).map((r) => r.file)).toEqual(Object.keys(SITE).filter((f) => !f.startsWith('_')).sort());
    writeFileSync(join(dir, '[lang]/timeline.astro'), BASE);
    const pages = [page('/ko/'), page('/ko/timeline/')];
    expect(representativePages(pages, siteRoutes(dir)).map((p) => p.template)).toEqual(['[lang]/index.astro', '[lang]/timeline.astro']);
  });
  it('reads the real src/pages: every route file gives a pattern', () => {
    const routes = siteRoutes();
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.find((r) => r.file === '[lang]/glossary/[id].astro')?.pattern).toBe('/[lang]/glossary/[id]/');
  });
});

describe('representativePages', () => {
  const dir = pagesDir(SITE);
  dirs.push(dir);
  const routes = siteRoutes(dir);
  const pages = [
    page('/'),
    page('/404.html'),
    page('/ko/'),
    page('/en/'),
    page('/ko/article/', `<table>${row.repeat(20)}</table>`),
    page('/en/article/', `<table>${row.repeat(20)}</table>`),
    page('/ko/glossary/'),
    page('/ko/glossary/a/', 'short'),
    page('/ko/glossary/b/', 'a much longer definition'),
    page('/ko/glossary/c/', '<li id="fn-1">x</li>'),
    page('/ko/lineage/uclg/', '<li id="fn-1">1</li><table>' + row.repeat(3) + '</table>'),
    page('/ko/lineage/zz/', '<li id="fn-2">1</li><li id="ed-x">2</li>'),
  ];

  it('picks one page per template and language, its heaviest, plus the other extremes of many-page templates', () => {
    const selected = representativePages(pages, routes);
    expect(selected.map((s) => [s.url, s.template, s.lang ?? '-', s.reasons.join(', ')])).toEqual([
      ['/', 'index.astro', '-', 'template'],
      ['/404.html', '404.astro', '-', 'template'],
      ['/en/', '[lang]/index.astro', 'en', 'template'],
      ['/en/article/', '[lang]/article/index.astro', 'en', 'template, longest table on the site'],
      ['/ko/', '[lang]/index.astro', 'ko', 'template'],
      ['/ko/article/', '[lang]/article/index.astro', 'ko', 'template, longest table on the site'],
      ['/ko/glossary/', '[lang]/glossary/index.astro', 'ko', 'template'],
      ['/ko/glossary/b/', '[lang]/glossary/[id].astro', 'ko', 'template, most bytes'],
      ['/ko/glossary/c/', '[lang]/glossary/[id].astro', 'ko', 'most notes'],
      ['/ko/lineage/uclg/', '[lang]/lineage/[id]/index.astro', 'ko', 'template, most bytes, longest table'],
      ['/ko/lineage/zz/', '[lang]/lineage/[id]/index.astro', 'ko', 'most notes'],
    ]);
  });
  it('fails, naming the page, when a built page matches no route file', () => {
    expect(() => representativePages([...pages, page('/ko/orphan/x/y/')], routes)).toThrow('/ko/orphan/x/y/');
  });
  it('finds one page per layout and language, the simplest route first', () => {
    const selected = representativePages(pages, routes);
    expect(layoutPages(selected, (file) => layoutOf(file, dir))).toEqual([
      { layout: 'Base', lang: 'en', url: '/en/' },
      { layout: 'Base', lang: 'ko', url: '/ko/' },
      { layout: 'Article', lang: 'en', url: '/en/article/' },
      { layout: 'Article', lang: 'ko', url: '/ko/article/' },
    ]);
  });
});

describe('measures', () => {
  it('counts the rows of the longest table and the notes of a page', () => {
    expect(longestTable(`<table>${row}</table><table><thead><tr><th>h</th></tr></thead>${row.repeat(2)}</table>`)).toBe(3);
    expect(longestTable('<p>no table</p>')).toBe(0);
    expect(noteCount('<li id="fn-1" value="1">a</li><li id="ed-misprint">b</li><li id="s1">c</li><p id="fn-2">d</p>')).toBe(2);
  });
});
