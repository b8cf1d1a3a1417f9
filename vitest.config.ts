import { getViteConfig } from 'astro/config';

// Unit tests of src/lib, run through Astro's Vite config so `astro/zod` and JSON imports resolve.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
