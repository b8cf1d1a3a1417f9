/**
 * The article as built, read from dist/ (no browser): the Korean page reads exactly as the source
 * prints it, both editions have the same paragraph ids and footnotes, and the parallel view pairs
 * every paragraph. (Moved from tests/e2e/article.spec.ts, where they read the same files.)
 */
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { sourceText } from '../../src/lib/article/blocks';
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

describe('the article as built', () => {
  it('the Korean page reads exactly as the source prints it', () => {
    const article = renderedBlocks('ko').map((b) => squash(b.text)).join('');
    expect(firstDifference(articleBodyFromSource(), article)).toBe('identical');
  });

  it('the two editions have the same paragraph ids and the same footnotes', async () => {
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

  it('every footnote marker leads to its note, and each note back to its marker; the glossary terms are linked', () => {
    const ONE_TO_15 = Array.from({ length: 15 }, (_, i) => String(i + 1));
    for (const lang of ['ko', 'en'] as const) {
      const html = readFileSync(`${DIST}/${lang}/article/index.html`, 'utf8');
      // Where each link goes resolving is the links gate's (every page, every fragment); that each
      // note has its way back, and each marker its note, is this page's.
      const markers = [...html.matchAll(/<span class="fn-ref"><a id="fnref-(\d+)" href="#fn-(\d+)"/g)];
      expect(markers.map((m) => m[1]), lang).toEqual(ONE_TO_15);
      expect(markers.map((m) => m[2]), lang).toEqual(ONE_TO_15);
      expect((html.match(/class="fn-ref/g) ?? []).length, `${lang}: a marker not in the expected form`).toBe(15);
      for (const n of ONE_TO_15) {
        const note = new RegExp(`<li id="fn-${n}"[^>]*>[\\s\\S]*?</li>`).exec(html)?.[0] ?? '';
        expect(note, `${lang}: note ${n} and its way back`).toContain(`class="backref" href="#fnref-${n}"`);
      }
      expect((html.match(/<a href="\/[a-z]+\/glossary\/[^"]+\/" data-term="/g) ?? []).length, lang).toBeGreaterThan(20);
    }
  });

  it('the parallel view pairs every paragraph of both editions', () => {
    for (const lang of ['ko', 'en'] as const) {
      const html = readFileSync(`${DIST}/${lang}/article/parallel/index.html`, 'utf8');
      const other = lang === 'ko' ? 'en' : 'ko';
      for (const { id } of renderedBlocks(lang).filter((b) => b.id.includes('-p'))) {
        expect(html, id).toContain(`id="${id}"`);
        expect(html, id).toContain(`id="${other}-${id}"`);
      }
    }
  });

  it('a note marked more than once shows its text at the first mark of each language, and the later marks point back by what was printed', () => {
    for (const page of ['article', 'article/parallel'])
      for (const lang of ['ko', 'en'] as const) {
        const html = readFileSync(`${DIST}/${lang}/${page}/index.html`, 'utf8');
        const tree: Root = fromHtml(html);
        const seen = new Set<string>();
        let again = 0;
        const walk = (node: Root | Element) => {
          for (const child of node.children) {
            if (child.type !== 'element') continue;
            const classes = child.properties['className'];
            if (child.tagName === 'span' && Array.isArray(classes) && classes.includes('sic-mark')) {
              const link = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a')!;
              const preview = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'span');
              const where = `${lang}/${page} ${String(link.properties['href'])}`;
              // The parallel view drops previews; its marks then name no description.
              if (!preview) {
                expect(link.properties['ariaDescribedBy'], where).toBeUndefined();
                continue;
              }
              expect(link.properties['ariaDescribedBy'], where).toEqual([preview.properties['id']]);
              const markLang = toHtml(child).includes('편집자 주') ? 'ko' : 'en';
              const key = `${markLang}:${String(link.properties['href'])}`;
              const text = sourceText(toHtml(preview.children));
              if (seen.has(key)) {
                again++;
                expect(text, where).toMatch(markLang === 'ko' ? /^앞의 ‘.+’에 관한 편집자 주 참조\.$/ : /^See the editorial note on ‘.+’ above\.$/);
              } else {
                seen.add(key);
                expect(text, where).not.toMatch(/편집자 주 참조|See the editorial note/);
              }
              continue;
            }
            walk(child);
          }
        };
        walk(tree);
        // The article marks 'UN-Habitat III' more than once: the pointer back must be there.
        if (page === 'article') expect(again, `${lang}/${page}`).toBeGreaterThan(0);
      }
  });
});
