import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distFiles, distPages, urlPathOf } from '../../../src/lib/site/dist-files';

/** A small build folder: pages, assets, Pagefind's index, dot files and a symbolic link. */
const root = mkdtempSync(join(tmpdir(), 'dist-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const FILES = [
  'index.html',
  '404.html',
  '_headers',
  '.nojekyll',
  '.well-known/security.txt',
  'favicon.svg',
  'ko/index.html',
  'ko/article/index.html',
  'ko/article/citation.bib',
  'ko/glossary/para-diplomacy/index.html',
  'en/index.html',
  'en/글/index.html',
  'data/glossary.json',
  '_astro/page.abc123.js',
  '_astro/stray.html',
  'pagefind/pagefind.js',
  'pagefind/fragment/x.html',
];
for (const file of FILES) {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), file);
}
symlinkSync(join(root, 'favicon.svg'), join(root, 'link.svg'));

describe('distFiles', () => {
  it('lists every regular file, dot files and files in dot folders included, sorted by code unit', () => {
    const sorted = [...FILES].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(distFiles(root)).toEqual(sorted);
  });

  it('gives the same relative paths for a relative, trailing-slash or absolute folder', () => {
    const relativeRoot = relative(process.cwd(), root);
    expect(distFiles(`${relativeRoot}/`)).toEqual(distFiles(root));
  });

  it('leaves out a folder, and everything in it, that the exclude callback names', () => {
    const files = distFiles(root, (path) => path === 'pagefind' || path === '.well-known');
    expect(files.some((f) => f.startsWith('pagefind/') || f.startsWith('.well-known/'))).toBe(false);
    expect(files).toContain('_astro/page.abc123.js');
  });

  it('finds nothing in an empty folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'dist-files-empty-'));
    expect(distFiles(empty)).toEqual([]);
    rmSync(empty, { recursive: true });
  });
});

describe('distPages', () => {
  it('lists the HTML pages outside pagefind/ and _astro/, with their URL paths, sorted by URL', () => {
    expect(distPages(root)).toEqual([
      { file: 'index.html', url: '/' },
      { file: '404.html', url: '/404.html' },
      { file: 'en/index.html', url: '/en/' },
      { file: 'en/글/index.html', url: '/en/글/' },
      { file: 'ko/index.html', url: '/ko/' },
      { file: 'ko/article/index.html', url: '/ko/article/' },
      { file: 'ko/glossary/para-diplomacy/index.html', url: '/ko/glossary/para-diplomacy/' },
    ]);
  });
});

describe('urlPathOf', () => {
  it('serves index.html at its folder and any other file at its own path', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('ko/article/index.html')).toBe('/ko/article/');
    expect(urlPathOf('404.html')).toBe('/404.html');
    expect(urlPathOf('data/glossary.json')).toBe('/data/glossary.json');
    expect(urlPathOf('ko\\article\\index.html')).toBe('/ko/article/');
  });
});
