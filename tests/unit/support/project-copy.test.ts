import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, PROJECT_FILES } from '../../support/project-copy';

const root = mkdtempSync(join(tmpdir(), 'project-copy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A stand-in project: the files a build needs, node_modules, and what a copy leaves out. */
function project(): string {
  const dir = join(root, 'project');
  for (const folder of ['src', 'content', 'public', 'node_modules/.astro', 'tests', 'dist']) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'src/page.astro'), '<p>page</p>');
  writeFileSync(join(dir, 'astro.config.mjs'), 'export default { site: "http://127.0.0.1:4321", vite: { ssr: { noExternal: ["x"] } } };\n');
  for (const file of ['tsconfig.json', 'package.json']) writeFileSync(join(dir, file), '{}');
  return dir;
}

describe('copyProject', () => {
  const from = project();
  const copy = copyProject(join(root, 'copy'), from);

  it('copies what a build needs, links node_modules and leaves the rest out', () => {
    for (const entry of PROJECT_FILES) expect(existsSync(join(copy.dir, entry)), entry).toBe(true);
    expect(readFileSync(join(copy.dir, 'src/page.astro'), 'utf8')).toBe('<p>page</p>');
    expect(lstatSync(join(copy.dir, 'node_modules')).isSymbolicLink()).toBe(true);
    expect(realpathSync(join(copy.dir, 'node_modules'))).toBe(realpathSync(join(from, 'node_modules')));
    expect(existsSync(join(copy.dir, 'tests'))).toBe(false);
    expect(existsSync(join(copy.dir, 'dist'))).toBe(false);
  });

  it("gives the copy a configuration that keeps the project's settings and moves both caches into the copy", async () => {
    const { default: config } = (await import(join(copy.dir, 'astro.copy.config.mjs'))) as { default: Record<string, unknown> & { vite: Record<string, unknown> } };
    expect(config['site']).toBe('http://127.0.0.1:4321');
    expect(config['cacheDir']).toBe('./.cache/astro');
    expect(config.vite).toEqual({ ssr: { noExternal: ['x'] }, cacheDir: './.cache/vite' });
  });

  it('refuses a folder that exists: a copy starts clean', () => {
    expect(() => copyProject(join(root, 'copy'), from)).toThrow();
  });
});
