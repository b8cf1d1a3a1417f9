/**
 * Lighthouse mobile scores (the default mobile emulation and simulated throttling) for the site's
 * pages, driving the system Chromium through chrome-launcher: several runs of each page, each in a
 * fresh browser as Lighthouse CI does, the pages taken round by round, every page reported by its
 * median run (./lighthouse-runs.ts says why).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { findChromium } from '../lib/chromium';
import { CATEGORIES, representativeRun, roundRobin, type LighthouseRun } from './lighthouse-runs';

export type { LighthouseRun } from './lighthouse-runs';

async function oneRun(url: string): Promise<Result> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], formFactor: 'mobile' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** A page to run Lighthouse on: its address, and the template and path it is reported under. */
export type LighthousePage = { url: string; kind: string; path: string };

/**
 * Every page's median run, the pages taken round by round (./lighthouse-runs.ts says why). A page
 * whose run fails is reported by its first error and left out of the later rounds, so that every
 * median stands for the same number of runs.
 */
export async function lighthouseScores(
  pages: readonly LighthousePage[],
  runs: number,
  onRun: (page: LighthousePage, round: number) => void = () => {},
): Promise<({ page: LighthousePage; run: LighthouseRun } | { page: LighthousePage; error: Error })[]> {
  const results = new Map(pages.map((page) => [page, [] as Result[]]));
  const errors = new Map<LighthousePage, Error>();
  for (const [index, page] of roundRobin(pages, runs).entries()) {
    if (errors.has(page)) continue;
    onRun(page, Math.floor(index / pages.length) + 1);
    try {
      results.get(page)!.push(await oneRun(page.url));
    } catch (error) {
      errors.set(page, error as Error);
    }
  }
  return pages.map((page) => {
    const error = errors.get(page);
    return error ? { page, error } : { page, run: representativeRun(results.get(page)!, page.kind, page.path) };
  });
}
