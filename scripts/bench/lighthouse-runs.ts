/**
 * From several Lighthouse runs of one page to the figures the benchmark reports: the scores of the
 * run that stands for the page, and every run's performance score beside them.
 *
 * One run is not a measurement: on the bench host the same page's total blocking time differed ten
 * times over from run to run (the article 31-460 ms; the mobile preset multiplies every main-thread
 * task by 4, so a layout that lands after the simulated first paint in one run and before it in
 * another moves the score by several points). Lighthouse's own guidance is to run several times
 * and take the median run (docs/variability.md), and Lighthouse CI does it with `computeMedianRun`,
 * the run nearest the median first contentful paint and time to interactive; that function is used
 * here as it is.
 */
import type { Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import type { LighthouseScores } from './budgets';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * The order of the runs: round by round, each round visiting every page once, so that one page's
 * runs are spread over the whole benchmark instead of back to back. The bench host's speed drifts
 * over minutes (its BenchmarkIndex went from about 2,700 to 1,100 and back within one benchmark);
 * run back to back, all of a page's runs can fall in one slow spell and the median stands for the
 * spell, not the page. Spread out, a slow spell costs each page at most a run or two.
 */
export function roundRobin<T>(pages: readonly T[], runs: number): T[] {
  return Array.from({ length: runs }, () => pages).flat();
}

/** A page's scores from its median run, the audits that cost points there, and the spread of runs. */
export type LighthouseRun = LighthouseScores & {
  failing: string[];
  /** Every run's performance score, in the order run: the spread the median stands for. */
  performanceRuns: (number | null)[];
  /** Every run's total blocking time in ms, in the order run: the metric that moves most. */
  blockingMsRuns: (number | null)[];
  /**
   * Lighthouse's BenchmarkIndex of this host during the median run (lhr.environment.benchmarkIndex).
   * The mobile preset slows the CPU 4× from a host it expects to score about 1,000 or more; below
   * that Lighthouse itself warns that the performance score suffers, so the figure says whether a
   * lost point is the page's or the host's.
   */
  benchmarkIndex: number | null;
};

/** A category's score out of 100, as Lighthouse's report rounds it; null when it could not score. */
export function categoryScore(lhr: Result, id: (typeof CATEGORIES)[number]): number | null {
  const value = lhr.categories[id]?.score;
  return value === null || value === undefined ? null : Math.round(value * 100);
}

/** The weighted audits that cost points, `category: audit (score)`, to say why a score is below 100. */
export function failingAudits(lhr: Result): string[] {
  return CATEGORIES.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => `${id}: ${audit!.id} (${audit!.score})`),
  );
}

/** The median run's scores (Lighthouse's computeMedianRun) with every run's performance beside them. */
export function representativeRun(runs: Result[], kind: string, path: string): LighthouseRun {
  if (runs.length === 0) throw new Error(`Lighthouse: no run of ${path} to report`);
  const median = computeMedianRun(runs);
  const benchmarkIndex = median.environment?.benchmarkIndex;
  const blocking = (lhr: Result) => lhr.audits['total-blocking-time']?.numericValue;
  return {
    kind,
    path,
    performance: categoryScore(median, 'performance'),
    accessibility: categoryScore(median, 'accessibility'),
    bestPractices: categoryScore(median, 'best-practices'),
    seo: categoryScore(median, 'seo'),
    failing: failingAudits(median),
    performanceRuns: runs.map((lhr) => categoryScore(lhr, 'performance')),
    blockingMsRuns: runs.map((lhr) => {
      const ms = blocking(lhr);
      return ms === undefined ? null : Math.round(ms);
    }),
    benchmarkIndex: benchmarkIndex === undefined ? null : Math.round(benchmarkIndex),
  };
}
