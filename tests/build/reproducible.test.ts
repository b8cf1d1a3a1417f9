/**
 * Reproducible build: the production build made again, into another folder, is byte for byte the
 * build already in dist/ (DIST_DIR) that the other gates checked: the same file list and the same
 * SHA-256 for every file, the search index included. One extra build, not two. Run by
 * `npm run test:build` (vitest.build.config.ts) after `astro build`, as the last step of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { DIST } from '../support/site';
import { diffTrees, firstDifference, hashTree } from '../support/tree-hash';

// Inside the project (node_modules/.cache, ignored by git): with an outDir outside the working
// directory Astro stages its server build in the shared ./.astro/, where another build running at
// the same time can leave files that leak into this one.
mkdirSync('node_modules/.cache', { recursive: true });
const root = mkdtempSync(join(process.cwd(), 'node_modules/.cache/reproducible-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it(`a second build gives output byte-identical to ${DIST}/`, { timeout: 300_000 }, () => {
  expect(existsSync(join(DIST, 'index.html')), `no build in ${DIST}/: run astro build first`).toBe(true);
  const before = hashTree(DIST);
  const again = join(root, 'again');
  execFileSync('npx', ['astro', 'build', '--outDir', again], { stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const after = hashTree(again);
  expect(before.size).toBeGreaterThan(10);
  const diff = diffTrees(before, after);
  const explained = diff.differing.slice(0, 5).map((file) => `${file}: ${firstDifference(readFileSync(join(DIST, file), 'latin1'), readFileSync(join(again, file), 'latin1'))}`);
  expect({ ...diff, explained }).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [], explained: [] });
});
