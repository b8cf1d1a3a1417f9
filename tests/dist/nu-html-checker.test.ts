/**
 * The W3C Nu Html Checker on the pages that stand for the site: one page of every template in each
 * language and the extreme entries (tests/support/templates.ts). The checker costs about 0.1 s a page
 * in its JVM, so it runs per template (the HTML structure is the template's), while html-validate
 * checks every page (pages.test.ts) for the rules a page's content can break. To check every page
 * by hand: `java -jar node_modules/vnu-jar/build/dist/vnu.jar --errors-only --skip-non-html dist`.
 */
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { nuCheck } from '../support/nu-checker';
import { representatives } from '../support/quality';
import { DIST } from '../support/site';
import { distPages } from '../../src/lib/site/dist-files';

it('the pages that stand for every template have no error in the W3C Nu Html Checker', { timeout: 120_000 }, async () => {
  const wanted = new Set(representatives().map((page) => page.url));
  const files = distPages(DIST)
    .filter((page) => wanted.has(page.url))
    .map((page) => resolve(join(DIST, page.file)));
  expect(files.length).toBe(wanted.size);
  const errors = await nuCheck(files);
  const listed = errors.map((e) => `  - ${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}${e.extract ? ` (${e.extract.trim()})` : ''}`);
  expect(errors, `Nu Html Checker errors:\n${listed.join('\n')}`).toEqual([]);
});
