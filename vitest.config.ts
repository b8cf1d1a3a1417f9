import { getViteConfig } from 'astro/config';

// Unit tests of src/lib, run through Astro's Vite config so `astro/zod` and JSON imports resolve.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // One worker per file would start a fresh module graph 36 times (~4 s on 2 cores); the unit
    // tests keep no state between files, so the workers are reused.
    isolate: false,
  },
});
