import { defineConfig } from 'vitest/config';

// Tests that run the production build themselves (slow): `npm run test:build`, part of `npm test`.
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
