/**
 * A copy of the project for the build tests that change it (a field deleted, a table added): its
 * sources, content and configuration copied, node_modules linked, and Astro run there with a
 * configuration of its own that keeps Astro's and Vite's caches inside the copy. Both default to
 * node_modules/ (node_modules/.astro holds the content layer's data store), which the link shares
 * with the project and every other copy: two builds side by side then read each other's store,
 * and a copy's added table was missing from its own build now and then.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a build needs from the project (tests, scripts and the build output are left out). */
export const PROJECT_FILES = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'] as const;
/** The copy's own configuration: the project's, with its caches in the copy. */
const COPY_CONFIG = 'astro.copy.config.mjs';

export interface ProjectCopy {
  dir: string;
  /** Runs `astro <command>` in the copy and returns its output; throws (with stdout and stderr) if it fails. */
  astro(command: 'build' | 'sync'): string;
}

/** Copies the project into `dir` (created; it must not exist yet). */
export function copyProject(dir: string, from = process.cwd()): ProjectCopy {
  mkdirSync(dir);
  for (const entry of PROJECT_FILES) cpSync(join(from, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(from, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(
    join(dir, COPY_CONFIG),
    `import config from './astro.config.mjs';\nexport default { ...config, cacheDir: './.cache/astro', vite: { ...config.vite, cacheDir: './.cache/vite' } };\n`,
  );
  return {
    dir,
    astro: (command) =>
      execFileSync('npx', ['astro', command, '--config', COPY_CONFIG], { cwd: dir, stdio: 'pipe', encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }),
  };
}
