import { describe, expect, it } from 'vitest';
import type { Result } from 'lighthouse';
import { categoryScore, failingAudits, representativeRun, roundRobin } from '../../../scripts/bench/lighthouse-runs';

/** A Lighthouse result with only what the report reads: four category scores and a few audits. */
function fakeRun({ performance, fcp, tti, tbt, index = 2000 }: { performance: number; fcp: number; tti: number; tbt: number; index?: number }): Result {
  const audit = (id: string, score: number | null, numericValue?: number) => ({ id, score, numericValue });
  return {
    environment: { benchmarkIndex: index },
    categories: {
      performance: { score: performance, auditRefs: [{ id: 'total-blocking-time', weight: 30 }, { id: 'first-contentful-paint', weight: 10 }] },
      accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
      'best-practices': { score: 1, auditRefs: [] },
      seo: { score: 0.92, auditRefs: [{ id: 'is-crawlable', weight: 4.6 }, { id: 'hreflang', weight: 0 }] },
    },
    audits: {
      'first-contentful-paint': audit('first-contentful-paint', 1, fcp),
      interactive: audit('interactive', 1, tti),
      'total-blocking-time': audit('total-blocking-time', tbt > 100 ? 0.9 : 1, tbt),
      'color-contrast': audit('color-contrast', 1),
      'is-crawlable': audit('is-crawlable', 0),
      hreflang: audit('hreflang', 0),
    },
  } as unknown as Result;
}

describe('categoryScore', () => {
  it('rounds as the report does and keeps a missing score missing', () => {
    expect(categoryScore(fakeRun({ performance: 0.995, fcp: 1, tti: 1, tbt: 0 }), 'performance')).toBe(100);
    expect(categoryScore(fakeRun({ performance: 0.994, fcp: 1, tti: 1, tbt: 0 }), 'performance')).toBe(99);
    const unscored = fakeRun({ performance: 1, fcp: 1, tti: 1, tbt: 0 });
    (unscored.categories['performance'] as { score: number | null }).score = null;
    expect(categoryScore(unscored, 'performance')).toBeNull();
  });
});

describe('failingAudits', () => {
  it('names the weighted audits below a full score, not the unweighted ones', () => {
    expect(failingAudits(fakeRun({ performance: 0.97, fcp: 900, tti: 1000, tbt: 180 }))).toEqual([
      'performance: total-blocking-time (0.9)',
      'seo: is-crawlable (0)',
    ]);
  });
});

describe('representativeRun', () => {
  it('reports the run nearest the median paint and interactive times, with every run beside it', () => {
    const runs = [
      fakeRun({ performance: 0.93, fcp: 1200, tti: 1900, tbt: 340, index: 1500 }),
      fakeRun({ performance: 1, fcp: 1000, tti: 1400, tbt: 40, index: 2100 }),
      fakeRun({ performance: 0.99, fcp: 900, tti: 1300, tbt: 120, index: 2500 }),
    ];
    const run = representativeRun(runs, '[lang]/article/index.astro', '/ko/article/');
    expect(run).toMatchObject({ path: '/ko/article/', performance: 100, accessibility: 100, bestPractices: 100, seo: 92, benchmarkIndex: 2100 });
    expect(run.performanceRuns).toEqual([93, 100, 99]);
    expect(run.blockingMsRuns).toEqual([340, 40, 120]);
    expect(run.failing).toEqual(['seo: is-crawlable (0)']);
  });

  it('is the one run when there is one, and refuses none', () => {
    const only = fakeRun({ performance: 0.93, fcp: 1200, tti: 1900, tbt: 340 });
    expect(representativeRun([only], 'k', '/p/').performance).toBe(93);
    expect(() => representativeRun([], 'k', '/p/')).toThrow(/no run of \/p\//);
  });
});

describe('roundRobin', () => {
  it('visits every page once a round, so that no page has two runs in a row', () => {
    expect(roundRobin(['/a/', '/b/', '/c/'], 2)).toEqual(['/a/', '/b/', '/c/', '/a/', '/b/', '/c/']);
    expect(roundRobin(['/a/'], 3)).toEqual(['/a/', '/a/', '/a/']);
    expect(roundRobin([], 5)).toEqual([]);
  });
});
