import { describe, expect, it } from 'vitest';
import { checkBudgets, KB, parseIndexLog, resourceClass, type PageWeight } from '../../../scripts/bench/budgets';
import { syntheticPage, templatePages } from '../../../scripts/bench/corpus';
import { childrenCpuMs, isBuildStep, suiteSteps, summarise } from '../../../scripts/bench/suite';

const page = (kind: PageWeight['kind'], total: number, js = 0, lazy = 0): PageWeight => ({
  kind,
  path: `/ko/${kind}/`,
  requests: 3,
  html: total - js,
  css: 0,
  jsAtStart: js,
  jsLazy: lazy,
  other: 0,
  total,
});

describe('checkBudgets', () => {
  it('passes pages within their kind’s limit and says by how much one is over', () => {
    const results = checkBudgets({ pages: [page('article', 39 * KB), page('parallel', 71 * KB), page('entry', 15 * KB)], search: [], lighthouse: [] });
    const totals = results.filter((r) => r.budget.includes('everything loaded'));
    expect(totals.map((r) => [r.ok, r.limit, r.over])).toEqual([
      [true, '40.0 KB', ''],
      [false, '70.0 KB', '1.0 KB'],
      [true, '15.0 KB', ''],
    ]);
  });
  it('counts lazy JavaScript against the content-page allowance, and exempts the search page', () => {
    const results = checkBudgets({ pages: [page('home', 14 * KB, 4 * KB, 7 * KB), page('search', 12 * KB, 9 * KB)], search: [], lighthouse: [] });
    const js = results.filter((r) => r.budget.includes('JavaScript'));
    expect(js).toHaveLength(1);
    expect(js[0]).toMatchObject({ ok: false, actual: '11.0 KB', over: '1.0 KB' });
  });
  it('holds Korean and English queries to their own limits, the build to 30 s and Lighthouse to 100', () => {
    const results = checkBudgets({
      buildMs: 31_500,
      pages: [],
      search: [
        { lang: 'ko', query: '도시', bytes: 119 * KB, requests: 5, msToFirstResult: 300, results: 5 },
        { lang: 'en', query: 'city', bytes: 101 * KB, requests: 5, msToFirstResult: 300, results: 5 },
      ],
      lighthouse: [{ kind: 'home', path: '/ko/', performance: 98, accessibility: 100, bestPractices: 100, seo: null }],
    });
    expect(results.filter((r) => !r.ok).map((r) => `${r.budget}: ${r.over}`)).toEqual([
      'first English query "city": bytes fetched: 1.0 KB',
      'full build of the real site (astro build with search index): 1.5 s',
      '/ko/: Lighthouse mobile performance: 2 points',
      '/ko/: Lighthouse mobile SEO: 100 points',
    ]);
  });
});

describe('parseIndexLog', () => {
  it('reads the search-index line from coloured build output', () => {
    expect(parseIndexLog('15:09:11 \u001b[34m[search-index]\u001b[39m indexed 80 pages in 211 ms\n')).toEqual({ pages: 80, ms: 211 });
    expect(parseIndexLog('[search-index] indexed 154 documents and 68 table rows (604 hidden keywords) in 3805 ms')).toEqual({ pages: 154, ms: 3805 });
    expect(parseIndexLog('no index here')).toBeUndefined();
  });
});

describe('resourceClass', () => {
  it('classifies by resource type, then content type, then extension', () => {
    expect(resourceClass('document', 'text/html', '/ko/')).toBe('html');
    expect(resourceClass('stylesheet', '', '/_astro/a.css')).toBe('css');
    expect(resourceClass('fetch', 'text/javascript; charset=utf-8', '/pagefind/pagefind.js')).toBe('js');
    expect(resourceClass('fetch', 'application/octet-stream', '/pagefind/index/ko_1.pf_index')).toBe('other');
  });
});

describe('synthetic corpus', () => {
  it('uses every content page of a language except search as a template', () => {
    expect(templatePages(['/', '/ko/', '/ko/search/', '/ko/article/', '/en/article/', '/404.html'], 'ko')).toEqual(['/ko/', '/ko/article/']);
  });
  it('makes a distinct copy: marked title and h1, unique ids with their links', () => {
    const html = '<html><head><title>Article</title></head><body><h1 class="t">Article</h1><p id="s1-p1">x</p><a href="#s1-p1">¶</a></body></html>';
    expect(syntheticPage(html, 42)).toBe(
      '<html><head><title>Article · synthetic0042</title></head><body><h1 class="t">synthetic0042 Article</h1><p id="synthetic0042-s1-p1">x</p><a href="#synthetic0042-s1-p1">¶</a></body></html>',
    );
  });
});

describe('the suite timed against its build', () => {
  it('splits the test script into its steps and finds the build step', () => {
    const steps = suiteSteps('astro check && vitest run && astro build && playwright test && vitest run --config vitest.build.config.ts');
    expect(steps).toEqual(['astro check', 'vitest run', 'astro build', 'playwright test', 'vitest run --config vitest.build.config.ts']);
    expect(steps.filter(isBuildStep)).toEqual(['astro build']);
    expect(isBuildStep('npx astro build --outDir x')).toBe(false);
  });
  it('sums the steps and divides by the build step; a failed step marks the run failed', () => {
    const result = summarise(
      [
        { command: 'astro check', ms: 20_000, code: 0 },
        { command: 'astro build', ms: 10_000, code: 0 },
        { command: 'playwright test', ms: 150_000, code: 0 },
      ],
      'x.log',
    );
    expect(result).toMatchObject({ totalMs: 180_000, buildMs: 10_000, ratio: 18, passed: true });
    expect(summarise([{ command: 'astro check', ms: 1, code: 2 }], 'x.log')).toMatchObject({ passed: false, buildMs: undefined, ratio: undefined });
  });
  it('holds the suite to 20 builds', () => {
    const [ok] = checkBudgets({ suiteRatio: 18, pages: [], search: [], lighthouse: [] });
    const [over] = checkBudgets({ suiteRatio: 65.2, pages: [], search: [], lighthouse: [] });
    expect([ok?.ok, over?.ok, over?.actual, over?.over]).toEqual([true, false, '65.2×', '45.2×']);
  });
});

describe('childrenCpuMs', () => {
  it('reads the children’s user and system ticks from /proc/self/stat, process names with spaces and parentheses included', () => {
    const stat = '1234 (node (tsx) x) S 1 1234 1234 0 -1 4194304 100 200 0 0 10 5 350 120 20 0 11 0 5000 0 0';
    expect(childrenCpuMs(stat)).toBe(4700);
    expect(childrenCpuMs('garbage')).toBeUndefined();
  });
});
