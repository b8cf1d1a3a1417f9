import { defineConfig } from 'vitest/config';

// Tests that run Astro themselves (slow), after `astro build`: one rebuild compared with dist/
// (reproducible.test.ts), content syncs that must fail (content-errors.test.ts) and a build with a
// third strategy table (strategy-table.test.ts), side by side. `npm run test:build` runs them alone;
// `npm test` runs them beside the browser tests at the lowest priority (`test:build:idle`).
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
