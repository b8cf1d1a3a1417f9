/**
 * The performance budgets and their check: pure functions over the benchmark's figures, so that
 * the rules are unit-tested (tests/unit/support/bench-budgets.test.ts) and the report says which budget
 * was missed and by how much.
 */

export const KB = 1024;

/** Bytes and requests of one page load, gzip level 9 per response body. */
export interface PageWeight {
  kind: PageKind;
  path: string;
  requests: number;
  html: number;
  css: number;
  /** JavaScript fetched until the load event. */
  jsAtStart: number;
  /** JavaScript fetched later, when the reader reaches for search (hover / focus on the launcher). */
  jsLazy: number;
  other: number;
  /** Everything fetched until load. */
  total: number;
}

export type PageKind = 'home' | 'article' | 'parallel' | 'collection' | 'entry' | 'strategy' | 'glossary-term' | 'search';

export interface SearchCost {
  lang: 'ko' | 'en';
  query: string;
  /** Bytes the query fetched (gzip level 9 of each body): the search code and the index. */
  bytes: number;
  requests: number;
  /** Milliseconds from navigation start to the first result on screen. */
  msToFirstResult: number;
  results: number;
}

export interface LighthouseScores {
  /** The kind or template of the page (`[lang]/article/parallel/index.astro`). */
  kind: string;
  path: string;
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
}

export interface BudgetInput {
  buildMs?: number | undefined;
  /** The test suite's wall time over its own `astro build` step's (scripts/bench/suite.ts). */
  suiteRatio?: number | undefined;
  pages: PageWeight[];
  search: SearchCost[];
  lighthouse: LighthouseScores[];
}

export interface BudgetResult {
  budget: string;
  limit: string;
  actual: string;
  ok: boolean;
  /** How far over the limit, in the budget's unit ('' when within). */
  over: string;
}

/** The search page is the one island: every other page is a content page. */
const isContent = (kind: PageKind) => kind !== 'search';

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** Total page weight allowed at start, by kind. */
export function pageLimit(kind: PageKind): number {
  if (kind === 'article') return 40 * KB;
  if (kind === 'parallel') return 70 * KB;
  return 15 * KB;
}

export const LIMITS = {
  contentJs: 10 * KB,
  koQuery: 120 * KB,
  enQuery: 100 * KB,
  buildMs: 30_000,
  suiteRatio: 20,
  lighthouse: 100,
} as const;

function check(budget: string, limit: number, actual: number, format: (n: number) => string): BudgetResult {
  const ok = actual <= limit;
  return { budget, limit: format(limit), actual: format(actual), ok, over: ok ? '' : format(actual - limit) };
}

/** Checks every budget that has a figure; a missing figure (a skipped part) is not checked. */
export function checkBudgets(input: BudgetInput): BudgetResult[] {
  const results: BudgetResult[] = [];
  for (const page of input.pages) {
    if (isContent(page.kind)) {
      results.push(check(`${page.path}: JavaScript on a content page (at start + lazy search launcher)`, LIMITS.contentJs, page.jsAtStart + page.jsLazy, kb));
    }
    results.push(check(`${page.path}: everything loaded at start (${page.kind})`, pageLimit(page.kind), page.total, kb));
  }
  for (const query of input.search) {
    results.push(check(`first ${query.lang === 'ko' ? 'Korean' : 'English'} query "${query.query}": bytes fetched`, query.lang === 'ko' ? LIMITS.koQuery : LIMITS.enQuery, query.bytes, kb));
  }
  if (input.buildMs !== undefined) results.push(check('full build of the real site (astro build with search index)', LIMITS.buildMs, input.buildMs, (n) => `${(n / 1000).toFixed(1)} s`));
  if (input.suiteRatio !== undefined) results.push(check('npm test wall time, in astro builds of the same run', LIMITS.suiteRatio, input.suiteRatio, (n) => `${n.toFixed(1)}×`));
  for (const scores of input.lighthouse) {
    for (const [name, score] of [
      ['performance', scores.performance],
      ['accessibility', scores.accessibility],
      ['best practices', scores.bestPractices],
      ['SEO', scores.seo],
    ] as const) {
      const actual = score ?? 0;
      const ok = actual >= LIMITS.lighthouse;
      results.push({ budget: `${scores.path}: Lighthouse mobile ${name}`, limit: '100', actual: score === null ? 'n/a' : String(actual), ok, over: ok ? '' : `${LIMITS.lighthouse - actual} points` });
    }
  }
  return results;
}

/**
 * The line the search-index integration logs during a build: "indexed N pages in X ms", or
 * "indexed N documents and M table rows (…) in X ms".
 */
export function parseIndexLog(output: string): { pages: number; ms: number } | undefined {
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const match = /indexed (\d+) (?:pages|documents)\b[^\n]*? in (\d+) ms/.exec(plain);
  return match ? { pages: Number(match[1]), ms: Number(match[2]) } : undefined;
}

/** A resource type as the weight table counts it. */
export function resourceClass(resourceType: string, contentType: string, url: string): 'html' | 'css' | 'js' | 'other' {
  if (resourceType === 'document' || contentType.includes('text/html')) return 'html';
  if (resourceType === 'stylesheet' || contentType.includes('text/css') || /\.css(\?|$)/.test(url)) return 'css';
  if (resourceType === 'script' || contentType.includes('javascript') || /\.m?js(\?|$)/.test(url)) return 'js';
  return 'other';
}
