/**
 * Bad content fails the build, naming the file: a required field is deleted from a copy of the
 * project and Astro's content sync (the first step of `astro build`) must fail with a message
 * that names that file. Slow (a sync per case), so it runs with the build tests.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../support/project-copy';

mkdirSync('node_modules/.cache', { recursive: true });
const root = mkdtempSync(join(process.cwd(), 'node_modules/.cache/content-errors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the project with one file changed; returns the output of a failed sync, or throws if it passed. */
function syncWith(name: string, file: string, change: (text: string) => string): string {
  const copy = copyProject(join(root, name));
  const path = join(copy.dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after).not.toEqual(before);
  writeFileSync(path, after);
  try {
    copy.astro('sync');
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return `${stdout}\n${stderr}`;
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
