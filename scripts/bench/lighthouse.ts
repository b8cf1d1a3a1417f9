/**
 * Lighthouse mobile scores (the default mobile emulation and simulated throttling) for one page,
 * driving the system Chromium through chrome-launcher: several runs, each in a fresh browser as
 * Lighthouse CI does, reported by their median run (./lighthouse-runs.ts says why).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { findChromium } from '../lib/chromium';
import { CATEGORIES, representativeRun, type LighthouseRun } from './lighthouse-runs';

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

export async function lighthouseScores(url: string, kind: string, path: string, runs: number): Promise<LighthouseRun> {
  const results: Result[] = [];
  for (let i = 0; i < runs; i++) results.push(await oneRun(url));
  return representativeRun(results, kind, path);
}
