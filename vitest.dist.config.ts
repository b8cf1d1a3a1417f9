import { defineConfig } from 'vitest/config';

// The static gates over the built site (tests/dist/): `npm run test:dist`, after `astro build`.
// DIST_DIR names another build folder (dist/ by default).
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
