import { defineConfig } from 'vitest/config';

// Tests that run Astro themselves (slow): `npm run test:build`, the last step of `npm test`, after
// `astro build`: one rebuild compared with dist/ (reproducible.test.ts) and content syncs that must
// fail (content-errors.test.ts). The two files run side by side.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
