import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { sourceText } from '../../src/lib/article/blocks';
import { toHtml } from 'hast-util-to-html';
import { articleBodyFromSource, firstDifference, squash } from '../support/fidelity';
import { compileEdition } from '../support/article';
import { DIST } from '../support/site';

const BLOCK_ID = /^s\d+(?:-[ph]\d+)?$/;

/** The article body's sections, sub-headings and paragraphs, in document order, from the built page. */
function renderedBlocks(lang: 'ko' | 'en', page = 'article'): { id: string; text: string }[] {
  const tree: Root = fromHtml(readFileSync(`${DIST}/${lang}/${page}/index.html`, 'utf8'));
  const blocks: { id: string; text: string }[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const id = child.properties['id'];
      if (typeof id === 'string' && BLOCK_ID.test(id) && ['h2', 'h3', 'p'].includes(child.tagName)) {
        blocks.push({ id, text: sourceText(toHtml(child)) });
      } else walk(child);
    }
  };
  walk(tree);
  return blocks;
}

test.describe('the article as built', () => {
  test('the Korean page reads exactly as the source prints it', () => {
    const article = renderedBlocks('ko').map((b) => squash(b.text)).join('');
    expect(firstDifference(articleBodyFromSource(), article)).toBe('identical');
  });

  test('the two editions have the same paragraph ids and the same footnotes', async () => {
    const ko = renderedBlocks('ko').map((b) => b.id);
    const en = renderedBlocks('en').map((b) => b.id);
    // Every block the markdown pipeline numbers in the MDX sources, plus one heading per section.
    const expected = (await compileEdition('ko')).reduce((n, s) => n + 1 + s.record.blocks.length, 0);
    expect(ko).toHaveLength(expected);
    expect(en).toEqual(ko);
    const notes = (lang: string) => [...readFileSync(`${DIST}/${lang}/article/index.html`, 'utf8').matchAll(/<li id="fn-(\d+)"/g)].map((m) => Number(m[1]));
    expect(notes('ko')).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(notes('en')).toEqual(notes('ko'));
  });

  test('the parallel view pairs every paragraph of both editions', () => {
    for (const lang of ['ko', 'en'] as const) {
      const html = readFileSync(`${DIST}/${lang}/article/parallel/index.html`, 'utf8');
      const other = lang === 'ko' ? 'en' : 'ko';
      for (const { id } of renderedBlocks(lang).filter((b) => b.id.includes('-p'))) {
        expect(html, id).toContain(`id="${id}"`);
        expect(html, id).toContain(`id="${other}-${id}"`);
      }
    }
  });

  for (const lang of ['ko', 'en'] as const) {
    test(`${lang}: every footnote, reference and glossary link resolves, and back`, async ({ page, request }) => {
      await page.goto(`/${lang}/article/`);
      const markers = page.locator('[data-article-body] .fn-ref > a');
      await expect(markers).toHaveCount(15);
      for (const href of await markers.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
        await expect(page.locator(href)).toHaveCount(1);
        const back = page.locator(`${href} a.backref`);
        await expect(page.locator(String(await back.getAttribute('href')))).toHaveCount(1);
      }
      for (const href of await page.locator('a.cite-ref, a.cite-ref__link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
        await expect(page.locator(href), href).toHaveCount(1);
      }
      for (const href of await page.locator('a.xref').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
        await expect(page.locator(href), href).toHaveCount(1);
      }
      const terms = await page.locator('[data-term]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(terms.length).toBeGreaterThan(20);
      for (const href of new Set(terms)) expect((await request.get(href)).status(), href).toBe(200);
    });
  }

  test('a reader follows a footnote and comes back', async ({ page }) => {
    await page.goto('/ko/article/');
    await page.locator('#fnref-4').click();
    await expect(page).toHaveURL(/#fn-4$/);
    await expect(page.locator('#fn-4')).toBeInViewport();
    await page.locator('#fn-4 a.backref').click();
    await expect(page).toHaveURL(/#fnref-4$/);
    await expect(page.locator('#fnref-4')).toBeInViewport();
  });

  test('the English edition says it is a translation and links the Korean original', async ({ page }) => {
    await page.goto('/en/article/');
    await expect(page.locator('.edition-notice')).toContainText('The Korean original is authoritative');
    await expect(page.locator('.edition-notice a[hreflang="ko"]')).toHaveAttribute('href', /\/ko\/article\/$/);
  });

  test('citations: every format for the article, each paragraph and the .bib/.ris downloads', async ({ page, request }) => {
    await page.goto('/en/article/cite/#s3-p4');
    const entry = page.locator('#s3-p4');
    await expect(entry).toBeVisible();
    await expect(entry.locator('pre')).toHaveCount(5);
    await expect(entry).toContainText('/en/article/#s3-p4');
    await expect(page.locator('#s3-p5')).toBeHidden();
    const bib = await (await request.get('/ko/article/citation.bib')).text();
    expect(bib).toMatch(/^@article\{/);
    expect(bib).toContain('url = {');
    const ris = await (await request.get('/en/article/citation.ris')).text();
    expect(ris.startsWith('TY  - JOUR')).toBe(true);
  });
});
