/**
 * Reproducible build: the production build, made twice in a row into two folders, is byte for byte
 * the same (file list and SHA-256 of every file, the search index included). Run by
 * `npm run test:build` (vitest.build.config.ts), part of `npm test`; it builds, so it is kept out of
 * the unit tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { diffTrees, firstDifference, hashTree } from '../support/tree-hash';

// Inside the project (node_modules/.cache, ignored by git): with an outDir outside the working
// directory Astro stages its server build in the shared ./.astro/, where another build running at
// the same time can leave files that leak into this one.
mkdirSync('node_modules/.cache', { recursive: true });
const root = mkdtempSync(join(process.cwd(), 'node_modules/.cache/reproducible-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(name: string): string {
  const outDir = join(root, name);
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], { stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return outDir;
}

it('two builds in a row give byte-identical output', { timeout: 300_000 }, () => {
  const first = build('first');
  const second = build('second');
  const a = hashTree(first);
  const b = hashTree(second);
  expect(a.size).toBeGreaterThan(10);
  const diff = diffTrees(a, b);
  const explained = diff.differing.slice(0, 5).map((file) => `${file}: ${firstDifference(readFileSync(join(first, file), 'latin1'), readFileSync(join(second, file), 'latin1'))}`);
  expect({ ...diff, explained }).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [], explained: [] });
});
