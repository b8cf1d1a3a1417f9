/**
 * The performance benchmark (`npm run bench`): build time, page weight per kind of page, search
 * cost, search at scale, Lighthouse mobile scores, the static gates' cost per page over a synthetic
 * corpus, and the whole test suite timed against its own build, checked against the budgets of
 * scripts/bench/budgets.ts. Prints tables and writes the same figures to bench/results.json.
 * See bench/README.md.
 *
 *   npm run bench -- [--strict] [--dist DIR] [--scale 100,1000] [--no-scale] [--no-lighthouse] [--lighthouse-runs 5]
 *                    [--no-diagrams]
 *                    [--gates-corpus 1000] [--no-suite] [--keep-going]
 *
 * --dist DIR measures an existing build instead of building; --strict exits 1 when a budget is missed
 * (by default the benchmark reports and exits 0). --lighthouse-runs N runs Lighthouse N times per page
 * (5 by default: Lighthouse's variability guide finds the median of 5 runs twice as stable as one run),
 * the pages round by round, and reports the median run, as Lighthouse CI does (scripts/bench/lighthouse-runs.ts).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { builtPages } from '../tests/support/site';
import { deployment, readBuiltSite } from '../tests/support/dist';
import { representativePages, siteRoutes } from '../tests/support/templates';
import type { GatesCost } from './bench/gates';
import { childrenCpuMs, runSuite, type SuiteResult } from './bench/suite';
import { checkBudgets, KB, parseIndexLog, type PageKind, type PageWeight, type SearchCost } from './bench/budgets';
import { launch, measurePage, measureSearch } from './bench/browser-measure';
import { lighthouseScores, type LighthouseRun } from './bench/lighthouse';
import { runScale, type ScaleResult } from './bench/scale';
import { serve } from './bench/server';

const { values: args } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    dist: { type: 'string' },
    scale: { type: 'string', default: '100,1000' },
    'no-scale': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '5' },
    'no-diagrams': { type: 'boolean', default: false },
    'gates-corpus': { type: 'string', default: '1000' },
    'no-suite': { type: 'boolean', default: false },
    'keep-going': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env['BENCH_PORT'] ?? '4415' },
  },
});
const port = Number(args.port);
const lighthouseRuns = Number(args['lighthouse-runs']);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) throw new Error(`--lighthouse-runs must be a whole number of at least 1, got ${args['lighthouse-runs']}`);
const { site, base } = deployment();
// Inside the project (ignored by git): with an outDir outside the working directory Astro stages
// its server build in the shared ./.astro/.
const BUILD_DIR = 'node_modules/.cache/bench/dist';
/** The representative first queries, one per language: measured on the site and at every scale. */
const QUERIES = [
  { lang: 'ko', query: '도시외교' },
  { lang: 'en', query: 'city diplomacy' },
] as const;
/** Two more first queries, measured on the site only: a phrase of two words and a rarer term. */
const MORE_QUERIES = [
  { lang: 'ko', query: '도시외교 전략' },
  { lang: 'en', query: 'peacebuilding' },
] as const;

/** Runs a command, returning its output and wall time. */
function run(command: string, argv: string[]): Promise<{ ms: number; cpuMs: number | undefined; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuMs();
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = Math.round(performance.now() - started);
      const cpuAfter = childrenCpuMs();
      const cpuMs = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
      if (code === 0) resolve({ ms, cpuMs, output });
      else reject(new Error(`${command} ${argv.join(' ')} exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
}

const fmtKb = (bytes: number) => (bytes / KB).toFixed(1);
const fmtS = (ms: number) => (ms / 1000).toFixed(2);

function table(title: string, head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of cells.slice(1)) console.log(line(r));
}

/** One page of each kind, found among the built pages (a kind whose page was not built is skipped). */
function pagesByKind(pages: string[], lang: 'ko' | 'en'): { kind: PageKind; path: string }[] {
  const has = (p: string) => pages.includes(p);
  const firstMatch = (re: RegExp) => pages.find((p) => re.test(p));
  const wanted: { kind: PageKind; path: string | undefined }[] = [
    { kind: 'home', path: `/${lang}/` },
    { kind: 'article', path: `/${lang}/article/` },
    { kind: 'parallel', path: `/${lang}/article/parallel/` },
    { kind: 'collection', path: `/${lang}/lineage/` },
    { kind: 'entry', path: has(`/${lang}/lineage/uclg/`) ? `/${lang}/lineage/uclg/` : firstMatch(new RegExp(`^/${lang}/lineage/[^/]+/$`)) },
    { kind: 'strategy', path: `/${lang}/strategy/bogota-action-agenda/` },
    { kind: 'glossary-term', path: firstMatch(new RegExp(`^/${lang}/glossary/[^/]+/$`)) },
    { kind: 'search', path: `/${lang}/search/` },
  ];
  return wanted.filter((w): w is { kind: PageKind; path: string } => w.path !== undefined && has(w.path));
}

const withBase = (path: string) => base.replace(/\/$/, '') + path;

const results: {
  machine: Record<string, unknown>;
  build?: { astroMs: number; astroCpuMs?: number | undefined; indexMs?: number | undefined; indexedPages?: number | undefined; diagramsMs?: number | undefined; pages: number };
  pages: PageWeight[];
  search: SearchCost[];
  scale: ScaleResult[];
  lighthouse: LighthouseRun[];
  gates: GatesCost[];
  /** The suite; `ratioToBuild` divides its wall time by the bench's own astro build (step 1) of the same run. */
  suite?: Omit<SuiteResult, 'log'> & { ratioToBuild: number | undefined; cpuRatioToBuild: number | undefined };
  budgets: ReturnType<typeof checkBudgets>;
  skipped: string[];
} = {
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString(), loadAverageAtStart: loadavg() },
  pages: [],
  search: [],
  scale: [],
  lighthouse: [],
  gates: [],
  budgets: [],
  skipped: [],
};

// 1. Build time: the diagrams (Chromium + mermaid), then the Astro build with its search index.
let dist = args.dist;
if (!dist) {
  if (!args['no-diagrams']) {
    console.log('timing npm run diagrams …');
    const diagrams = await run('npm', ['run', '--silent', 'diagrams']);
    results.build = { astroMs: 0, pages: 0, diagramsMs: diagrams.ms };
  }
  console.log(`timing astro build into ${BUILD_DIR} …`);
  rmSync(BUILD_DIR, { recursive: true, force: true });
  mkdirSync(BUILD_DIR, { recursive: true });
  const build = await run('npx', ['astro', 'build', '--outDir', BUILD_DIR]);
  const index = parseIndexLog(build.output);
  results.build = { ...results.build, astroMs: build.ms, astroCpuMs: build.cpuMs, indexMs: index?.ms, indexedPages: index?.pages, pages: builtPages(BUILD_DIR).length };
  dist = BUILD_DIR;
} else {
  results.skipped.push(`build time: measuring the existing build in ${dist}`);
}
const pages = builtPages(dist);

const browser = await launch();
const server = await serve(dist, port);
try {
  // 2. Page weight per kind of page, in both languages.
  for (const lang of ['ko', 'en'] as const) {
    const found = pagesByKind(pages, lang);
    for (const kind of ['home', 'article', 'parallel', 'collection', 'entry', 'strategy', 'glossary-term', 'search'] as const) {
      if (!found.some((f) => f.kind === kind)) results.skipped.push(`page weight: no ${kind} page in /${lang}/`);
    }
    for (const { kind, path } of found) {
      console.log(`measuring ${path} …`);
      results.pages.push(await measurePage(browser, server.url, kind, withBase(path)));
    }
  }

  // 3. Search: bytes and time to the first result, Korean and English.
  for (const { lang, query } of [...QUERIES, ...MORE_QUERIES]) {
    if (!pages.includes(`/${lang}/search/`)) {
      results.skipped.push(`search: /${lang}/search/ was not built`);
      continue;
    }
    console.log(`searching ${lang}: ${query} …`);
    try {
      results.search.push(await measureSearch(browser, server.url, withBase(`/${lang}/search/`), lang, query));
    } catch (error) {
      results.skipped.push(`search ${lang} "${query}": ${(error as Error).message.split('\n')[0]}`);
    }
  }

  // 4. Lighthouse mobile on every page type: the first Korean page of every template (the route
  //    files under src/pages, the parallel view among them), and the root and not-found pages.
  if (args['no-lighthouse']) results.skipped.push('Lighthouse: --no-lighthouse');
  else {
    const site = readBuiltSite(dist);
    // The not-found page is left out: it is `noindex` by design, which Lighthouse's SEO audits score 0.
    const templates = representativePages([...site.pages].map(([url, html]) => ({ url, html })), siteRoutes()).filter(
      (page) => page.reasons.includes('template') && (page.lang === 'ko' || page.lang === undefined) && page.url !== '/404.html',
    );
    results.skipped.push('Lighthouse /404.html: noindex by design (a not-found page must not be indexed), which the SEO audits score 0');
    const pages = templates.map(({ template, url: path }) => ({ url: server.url + withBase(path), kind: template.replace(/^src\/pages\//, ''), path }));
    const scored = await lighthouseScores(pages, lighthouseRuns, (page, round) => console.log(`lighthouse ${page.path} (round ${round} of ${lighthouseRuns}) …`));
    for (const scores of scored) {
      if ('run' in scores) results.lighthouse.push(scores.run);
      else results.skipped.push(`Lighthouse ${scores.page.path}: ${scores.error.message.split('\n')[0]}`);
    }
  }
} finally {
  await server.stop();
}

// 5. Scale: synthetic corpora of N bilingual pages, indexed and searched.
try {
  if (args['no-scale']) results.skipped.push('scale: --no-scale');
  else if (!pages.includes('/ko/search/')) results.skipped.push('scale: no search page to query with');
  else {
    for (const pairs of args.scale.split(',').map(Number).filter((n) => n > 0)) {
      console.log(`scale: ${pairs} bilingual pages …`);
      results.scale.push(await runScale({ browser, dist, pages, pairs, port: port + 1, queries: [...QUERIES] }));
    }
  }
} finally {
  await browser.close();
}

// 6. The static gates (tests/dist/): time per page over the real build and a synthetic corpus.
// Imported here, so that a checkout without the static gates can still time its suite.
const gatesPages = Number(args['gates-corpus']);
try {
  const { gatesAtScale, gatesCost } = await import('./bench/gates');
  console.log('static gates over the build …');
  results.gates.push(await gatesCost(dist, `the build (${dist})`, { site, base }));
  if (gatesPages > 0) {
    console.log(`static gates over a synthetic corpus of ${gatesPages} pages …`);
    results.gates.push(await gatesAtScale(dist, pages, gatesPages, { site, base }));
  } else results.skipped.push('static gates at scale: --gates-corpus 0');
} catch (error) {
  results.skipped.push(`static gates: ${(error as Error).message.split('\n')[0]}`);
}

// 7. The whole test suite (the `test` script of package.json, step by step), timed against its
// own `astro build` step: the ratio is what the suite costs in builds.
if (args['no-suite']) results.skipped.push('test suite: --no-suite');
else {
  const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['test'] ?? '';
  console.log(`timing the test suite (npm test, step by step; output in bench/suite.log) …`);
  const { log: _log, ...suite } = await runSuite(script, join('bench', 'suite.log'), process.cwd(), args['keep-going']);
  const buildMs = results.build?.astroMs || undefined;
  const buildCpuMs = results.build?.astroCpuMs || undefined;
  results.suite = { ...suite, ratioToBuild: buildMs ? suite.totalMs / buildMs : undefined, cpuRatioToBuild: buildCpuMs && suite.cpuMs ? suite.cpuMs / buildCpuMs : undefined };
  if (!suite.passed) results.skipped.push(`test suite: a step failed (see bench/suite.log); ${args['keep-going'] ? 'the later steps ran all the same (--keep-going)' : 'its time is up to the failure'}`);
}

// Report.
results.budgets = checkBudgets({
  buildMs: results.build?.astroMs || undefined,
  // The standalone build of step 1 (cold on a fresh clone, like a user's first build); the
  // suite's own build step, which follows astro check's content sync, when the bench did not build.
  suiteRatio: results.suite?.passed ? (results.suite.ratioToBuild ?? results.suite.ratio) : undefined,
  pages: results.pages,
  search: results.search,
  lighthouse: results.lighthouse,
});
const machine = results.machine;
console.log(`\nmachine: ${machine['cpus']} × ${machine['cpuModel']}, ${machine['memoryGiB']} GiB, Node ${machine['node']}`);
if (results.build) {
  const b = results.build;
  table('Build (wall time, s)', ['step', 'seconds', 'note'], [
    ['diagrams (npm run diagrams)', b.diagramsMs === undefined ? 'skipped' : fmtS(b.diagramsMs), 'Chromium + mermaid, only when the lineage changes'],
    ['astro build (all)', fmtS(b.astroMs), `${b.pages} pages`],
    ['  of which search index', b.indexMs === undefined ? '?' : fmtS(b.indexMs), `${b.indexedPages ?? '?'} pages indexed`],
    ['  of which Astro (rest)', b.indexMs === undefined ? '?' : fmtS(b.astroMs - b.indexMs), ''],
  ]);
}
table(
  'Page weight at start (KB gzip -9; requests until load; lazy JS after hovering the search launcher)',
  ['page', 'kind', 'requests', 'HTML', 'CSS', 'JS', 'lazy JS', 'other', 'total'],
  results.pages.map((p) => [p.path, p.kind, p.requests, fmtKb(p.html), fmtKb(p.css), fmtKb(p.jsAtStart), fmtKb(p.jsLazy), fmtKb(p.other), fmtKb(p.total)]),
);
if (results.search.length > 0) {
  table('Search, first query on a cold page (KB gzip -9 of code + index)', ['query', 'requests', 'KB', 'ms to first result', 'results'], results.search.map((s) => [`${s.lang}: ${s.query}`, s.requests, fmtKb(s.bytes), s.msToFirstResult, s.results]));
}
if (results.scale.length > 0) {
  table(
    'Scale: synthetic bilingual corpora from the real pages',
    ['pairs', 'pages', 'HTML MB', 'write s', 'index s', 'index MB', 'ko KB', 'ko ms', 'en KB', 'en ms'],
    results.scale.map((s) => {
      const ko = s.search.find((q) => q.lang === 'ko');
      const en = s.search.find((q) => q.lang === 'en');
      return [s.pairs, s.pages, (s.htmlBytes / 2 ** 20).toFixed(1), fmtS(s.writeMs), fmtS(s.indexMs), (s.indexBytes / 2 ** 20).toFixed(1), ko ? fmtKb(ko.bytes) : '-', ko?.msToFirstResult ?? '-', en ? fmtKb(en.bytes) : '-', en?.msToFirstResult ?? '-'];
    }),
  );
}
if (results.lighthouse.length > 0) {
  table(
    `Lighthouse mobile, median of ${lighthouseRuns} runs (Lighthouse's computeMedianRun; host: its BenchmarkIndex in the median run, the mobile preset expects about 1,000 or more)`,
    ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'performance, each run', 'blocking ms, each run', 'host index'],
    results.lighthouse.map((l) => [l.path, l.performance ?? 'n/a', l.accessibility ?? 'n/a', l.bestPractices ?? 'n/a', l.seo ?? 'n/a', l.performanceRuns.map((p) => p ?? 'n/a').join(' '), l.blockingMsRuns.map((ms) => ms ?? 'n/a').join(' '), l.benchmarkIndex ?? 'n/a']),
  );
  for (const l of results.lighthouse) if (l.failing.length > 0) console.log(`  ${l.path}: ${l.failing.join('; ')}`);
}
if (results.gates.length > 0) {
  table('Static gates (tests/dist: html-validate, headings, head, CSP, scripts, links, sitemap…), one process', ['corpus', 'pages', 'ms', 'ms/page', 'problems'], results.gates.map((g) => [g.corpus, g.pages, g.ms, g.msPerPage.toFixed(1), g.problems]));
}
if (results.suite) {
  const s = results.suite;
  table(
    'Test suite (npm test, step by step, wall time)',
    ['step', 'seconds', 'CPU s', 'result'],
    [...s.steps.map((step) => [step.command, fmtS(step.ms), step.cpuMs === undefined ? '?' : fmtS(step.cpuMs), step.code === 0 ? 'ok' : `exit ${step.code}`]), ['total', fmtS(s.totalMs), s.cpuMs === undefined ? '?' : fmtS(s.cpuMs), s.passed ? 'passed' : 'FAILED']],
  );
  const ratio = (r: number | undefined) => (r === undefined ? '?' : `${r.toFixed(1)}×`);
  if (results.build?.astroMs) console.log(`\nsuite / astro build (step 1, standalone) = ${fmtS(s.totalMs)} s / ${fmtS(results.build.astroMs)} s = ${ratio(s.ratioToBuild)}`);
  // The suite's own build is a figure only when it is a step of its own (npm test now builds beside the unit tests).
  if (s.buildMs !== undefined) console.log(`suite / its own astro build step      = ${fmtS(s.totalMs)} s / ${fmtS(s.buildMs)} s = ${ratio(s.ratio)}`);
  if (s.cpuRatioToBuild !== undefined) console.log(`CPU time, suite / astro build (step 1)  = ${fmtS(s.cpuMs ?? 0)} s / ${fmtS(results.build?.astroCpuMs ?? 0)} s = ${ratio(s.cpuRatioToBuild)} (barely moved by other work on the machine)`);
  console.log(`load average now: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${cpus().length} cores`);
}
const missed = results.budgets.filter((b) => !b.ok);
table('Budgets', ['budget', 'limit', 'actual', 'result'], results.budgets.map((b) => [b.budget, b.limit, b.actual, b.ok ? 'ok' : `MISSED by ${b.over}`]));
if (results.skipped.length > 0) console.log(`\nskipped:\n${results.skipped.map((s) => `  - ${s}`).join('\n')}`);
console.log(`\n${results.budgets.length - missed.length} of ${results.budgets.length} budgets met${missed.length ? `; missed:\n${missed.map((b) => `  - ${b.budget}: ${b.actual} (limit ${b.limit}; missed by ${b.over})`).join('\n')}` : '.'}`);

mkdirSync('bench', { recursive: true });
writeFileSync(join('bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('wrote bench/results.json');
if (args.strict && missed.length > 0) process.exit(1);
