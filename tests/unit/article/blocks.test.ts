import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { addAnchor, blockHtml, parallelPairs, prefixIds, removePreviews, sourceText, splitBlocks } from '../../../src/lib/article/blocks';

const tree = (html: string) => fromHtml(html, { fragment: true });

describe('article blocks', () => {
  const ko = '<p id="s1-p1">가<a href="#fn-1" id="fnref-1">1</a></p>\n<figure><table id="table-1"></table></figure><p id="s1-p2">나 <a href="#ref-x">(X 2017)</a></p>';
  const en = '<p id="s1-p1">A<a href="#fn-1" id="fnref-1">1</a></p><figure><table id="table-1"></table></figure><p id="s1-p2">B</p>';

  it('splits a section into its top-level blocks with their ids', () => {
    const blocks = splitBlocks(ko);
    expect(blocks.map((b) => [b.tag, b.id])).toEqual([['p', 's1-p1'], ['figure', 'table-1'], ['p', 's1-p2']]);
    expect(blockHtml(blocks[0]!)).toBe('<p id="s1-p1">가<a href="#fn-1" id="fnref-1">1</a></p>');
  });

  it('pairs the editions block by block, the other edition’s ids prefixed, and names a difference', () => {
    const pairs = parallelPairs({ ko, en }, 'ko', 'content/article/ko/01-x.mdx');
    expect(pairs.map((p) => p.id)).toEqual(['s1-p1', 'table-1', 's1-p2']);
    expect(pairs[0]?.html.ko).toBe('<p id="s1-p1">가<a href="#fn-1" id="fnref-1">1</a></p>');
    expect(pairs[0]?.html.en).toBe('<p id="en-s1-p1">A<a href="#en-fn-1" id="en-fnref-1">1</a></p>');
    expect(() => parallelPairs({ ko, en: '<p id="s1-p1">A</p><p id="s1-p2">B</p>' }, 'ko', 'content/article/ko/01-x.mdx')).toThrow(
      /content\/article\/ko\/01-x\.mdx: the rendered editions differ at block 2 \(ko: figure#table-1, en: p#s1-p2\)/,
    );
  });

  it('prefixes ids and links to them, keeps links to shared lists, and renames radio groups', () => {
    const fragment = tree(`${ko}<input type="radio" name="f">`);
    prefixIds(fragment, 'en-');
    const html = toHtml(fragment);
    expect(html).toContain('id="en-s1-p1"');
    expect(html).toContain('href="#en-fn-1"');
    expect(html).toContain('id="en-fnref-1"');
    expect(html).toContain('href="#ref-x"');
    expect(html).toContain('name="en-f"');
  });

  it('leaves a diagram’s own ids alone', () => {
    const fragment = tree('<svg id="lineage-ko"><marker id="m"></marker></svg>');
    prefixIds(fragment, 'en-');
    expect(toHtml(fragment)).toContain('id="lineage-ko"');
  });

  it('reads the text a reader sees, without previews and editorial marks', () => {
    expect(sourceText('<p>국제질서<span><a><sup>1</sup></a><span data-no-source="">베스트팔렌 조약…</span></span>를</p>')).toBe('국제질서1를');
  });

  it('drops hover previews and keeps the markers that link to the notes', () => {
    const fragment = tree('<p id="s1-p1">질서<span class="fn-ref"><a href="#fn-1"><sup>1</sup></a><span class="preview" aria-hidden="true">베스트팔렌</span></span>를</p>');
    removePreviews(fragment);
    expect(toHtml(fragment)).toBe('<p id="s1-p1">질서<span class="fn-ref"><a href="#fn-1"><sup>1</sup></a></span>를</p>');
  });

  it('drops a marker’s reference to the preview it removes, and keeps its other descriptions', () => {
    const fragment = tree('<p><span class="sic-mark"><a href="#ed-x" aria-describedby="sic-1">†</a><span class="preview" id="sic-1">Note</span></span><a aria-describedby="sic-1 other">x</a><span id="other"></span></p>');
    removePreviews(fragment);
    expect(toHtml(fragment)).toBe('<p><span class="sic-mark"><a href="#ed-x">†</a></span><a aria-describedby="other">x</a><span id="other"></span></p>');
  });

  it('adds an anchor link to a heading that the source text leaves out', () => {
    const [heading] = splitBlocks('<h3 id="s3-h1">UCLG의 구성</h3>');
    addAnchor(heading!.element, 's3-h1', 'link');
    const html = blockHtml(heading!);
    expect(html).toBe('<h3 id="s3-h1">UCLG의 구성<a class="heading-anchor" href="#s3-h1" aria-label="link" data-no-source="" data-pagefind-ignore="">#</a></h3>');
    expect(sourceText(html)).toBe('UCLG의 구성');
  });
});
