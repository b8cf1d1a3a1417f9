import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../lib/site/csp';

/** Writes dist/_headers from the one Content-Security-Policy (src/lib/site/csp.ts). */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(fileURLToPath(new URL('_headers', dir)), headersFile());
      },
    },
  };
}
