/**
 * Lighthouse mobile scores (the default mobile emulation and simulated throttling) for one page,
 * driving the system Chromium through chrome-launcher.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../lib/chromium';
import type { LighthouseScores } from './budgets';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** A page's scores, the audits that cost points, and the host's speed as Lighthouse measured it. */
export type LighthouseRun = LighthouseScores & {
  failing: string[];
  /**
   * Lighthouse's BenchmarkIndex of this host during the run (lhr.environment.benchmarkIndex). The
   * mobile preset slows the CPU 4× from a host it expects to score about 1,000 or more; below that
   * Lighthouse itself warns that the performance score suffers (its total blocking time grows with
   * the host's own slowness), so the figure says whether a lost point is the page's or the host's.
   */
  benchmarkIndex: number | null;
};

export async function lighthouseScores(url: string, kind: string, path: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], formFactor: 'mobile' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => {
      const value = categories[id]?.score;
      return value === null || value === undefined ? null : Math.round(value * 100);
    };
    // The audits that cost points, to say why a score is below 100.
    const failing = CATEGORIES.flatMap((id) =>
      (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 1)
        .map((audit) => `${id}: ${audit!.id} (${audit!.score})`),
    );
    const benchmarkIndex = result.lhr.environment?.benchmarkIndex ?? null;
    return { kind, path, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), failing, benchmarkIndex: benchmarkIndex === null ? null : Math.round(benchmarkIndex) };
  } finally {
    chrome.kill();
  }
}
