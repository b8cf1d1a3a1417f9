/**
 * The cost of the static gates (tests/dist/, tests/support/gates.ts) per page: run once over the
 * real build and once over a synthetic corpus of N pages made from it (bench/.scale/gates-N,
 * ignored by git, removed after), so that growth with the number of pages shows. The synthetic
 * pages are copies, so some gates report problems on them (links into ids that were renamed, pages
 * missing from the sitemap): only the time is measured there.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runStaticGates } from '../../tests/support/gates';
import { writeSyntheticCorpus } from './scale';

export interface GatesCost {
  corpus: string;
  pages: number;
  ms: number;
  msPerPage: number;
  problems: number;
}

export async function gatesCost(dir: string, corpus: string, options: { site: string; base: string }): Promise<GatesCost> {
  const run = await runStaticGates(dir, options);
  const pages = run.site.pages.size;
  return { corpus, pages, ms: Math.round(run.ms), msPerPage: run.ms / pages, problems: run.problems.length };
}

/** The gates over a synthetic corpus of about `count` pages (count / 2 bilingual pairs). */
export async function gatesAtScale(dist: string, pages: string[], count: number, options: { site: string; base: string }): Promise<GatesCost> {
  const out = join('bench/.scale', `gates-${count}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  try {
    writeSyntheticCorpus(dist, pages, Math.ceil(count / 2), out);
    return await gatesCost(out, `synthetic, ${count} pages`, options);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
