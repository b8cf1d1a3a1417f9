/**
 * Bad content fails the build, naming the file: a required field is deleted from a copy of the
 * project and Astro's content sync (the first step of `astro build`) must fail with a message
 * that names that file. Slow (a sync per case), so it runs with the build tests.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

mkdirSync('node_modules/.cache', { recursive: true });
const root = mkdtempSync(join(process.cwd(), 'node_modules/.cache/content-errors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the project with one file changed; returns the output of a failed sync, or throws if it passed. */
function syncWith(name: string, file: string, change: (text: string) => string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(entry, join(dir, entry), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toEqual(before);
  writeFileSync(path, after);
  try {
    execFileSync('npx', ['astro', 'sync'], { cwd: dir, stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: Buffer; stderr: Buffer };
    return `${stdout.toString()}\n${stderr.toString()}`;
  }
  throw new Error(`astro sync passed although ${file} was broken`);
}

describe('a required field deleted from a content file fails the build, naming the file', () => {
  it('an article section without its title', () => {
    const file = 'content/article/en/03-uclg-and-city-diplomacy.mdx';
    const output = syncWith('mdx', file, (text) => text.replace(/^title: .*\n/m, ''));
    expect(output).toContain(file);
    expect(output).toMatch(/title/);
  });

  it('a table without its title', () => {
    const file = 'content/tables.yaml';
    const output = syncWith('yaml', file, (text) => text.replace(/(- id: table-2\n(?:.*\n)*?)  title:\n    ko: .*\n    en: .*\n/, '$1'));
    expect(output).toContain(`Invalid content in ${file}`);
    expect(output).toContain('entry "table-2", field "title"');
  });
});
