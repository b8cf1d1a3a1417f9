/**
 * The scale benchmark: a synthetic corpus of N bilingual pages made at run time from the real
 * build (never committed; written under bench/.scale/, which git ignores, and removed after), indexed
 * with Pagefind as the build does, then searched in Chromium through the real search page.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';
import type { Browser } from '@playwright/test';
import { measureSearch } from './browser-measure';
import type { SearchCost } from './budgets';
import { serve } from './server';
import { syntheticPage, templatePages } from './corpus';
import { distFiles } from '../../src/lib/site/dist-files';

export interface ScaleResult {
  pairs: number;
  pages: number;
  htmlBytes: number;
  writeMs: number;
  indexMs: number;
  indexedPages: number;
  indexBytes: number;
  search: SearchCost[];
}

/**
 * Writes a synthetic corpus of `pairs` bilingual pairs of pages into `out`, copied from the real
 * pages of `dist` (each copy marked and with its own ids), with the site's shared files and its
 * search pages so that the real search client runs. Returns the bytes of HTML written.
 */
export function writeSyntheticCorpus(dist: string, pages: string[], pairs: number, out: string): { htmlBytes: number } {
  for (const name of ['_astro', 'scripts', 'favicon.svg', 'index.html', '404.html', '_headers']) cpSync(join(dist, name), join(out, name), { recursive: true });
  for (const lang of ['ko', 'en'] as const) cpSync(join(dist, lang, 'search'), join(out, lang, 'search'), { recursive: true });
  const templates = { ko: templatePages(pages, 'ko'), en: templatePages(pages, 'en') };
  let htmlBytes = 0;
  for (let copy = 0; copy < pairs; copy += 1) {
    for (const lang of ['ko', 'en'] as const) {
      const list = templates[lang];
      const source = list[copy % list.length]!;
      const html = syntheticPage(readFileSync(join(dist, source, 'index.html'), 'utf8'), copy);
      const folder = join(out, lang, 'synthetic', String(copy));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.html'), html);
      htmlBytes += Buffer.byteLength(html);
    }
  }
  return { htmlBytes };
}

function folderSize(dir: string): number {
  return distFiles(dir).reduce((bytes, file) => bytes + statSync(join(dir, file)).size, 0);
}

export async function runScale(options: {
  browser: Browser;
  dist: string;
  pages: string[];
  pairs: number;
  port: number;
  queries: { lang: 'ko' | 'en'; query: string }[];
}): Promise<ScaleResult> {
  const { dist, pages, pairs } = options;
  const out = join('bench/.scale', String(pairs));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  try {
    const started = performance.now();
    const { htmlBytes } = writeSyntheticCorpus(dist, pages, pairs, out);
    const writeMs = performance.now() - started;

    const indexStarted = performance.now();
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: out });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    await pagefind.close();
    const indexMs = performance.now() - indexStarted;

    const server = await serve(out, options.port);
    const search: SearchCost[] = [];
    try {
      for (const { lang, query } of options.queries) search.push(await measureSearch(options.browser, server.url, `/${lang}/search/`, lang, query));
    } finally {
      await server.stop();
    }
    return {
      pairs,
      pages: pairs * 2,
      htmlBytes,
      writeMs: Math.round(writeMs),
      indexMs: Math.round(indexMs),
      indexedPages: added.page_count,
      indexBytes: folderSize(join(out, 'pagefind')),
      search,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
