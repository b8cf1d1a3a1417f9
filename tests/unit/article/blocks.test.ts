import { describe, expect, it } from 'vitest';
import { definedIds, pairBlocks, prefixIds, sourceText, splitBlocks, withAnchor, withoutPreviews } from '../../../src/lib/article/blocks';

describe('article blocks', () => {
  const ko = '<p id="s1-p1">가<a href="#fn-1" id="fnref-1">1</a></p>\n<figure><table id="table-1"></table></figure><p id="s1-p2">나 <a href="#ref-x">(X 2017)</a></p>';
  const en = '<p id="s1-p1">A<a href="#fn-1" id="fnref-1">1</a></p><figure><table id="table-1"></table></figure><p id="s1-p2">B</p>';

  it('splits a section into its top-level blocks with their ids', () => {
    const blocks = splitBlocks(ko);
    expect(blocks.map((b) => [b.tag, b.id])).toEqual([['p', 's1-p1'], ['figure', 'table-1'], ['p', 's1-p2']]);
  });

  it('pairs the editions block by block and names the first difference', () => {
    expect(pairBlocks(splitBlocks(ko), splitBlocks(en), '1')).toHaveLength(3);
    expect(() => pairBlocks(splitBlocks(ko), splitBlocks('<p id="s1-p1">A</p><p id="s1-p2">B</p>'), '1')).toThrow(/section 1: the editions differ at block 2 \(ko: figure#table-1, en: p#s1-p2\)/);
  });

  it('prefixes ids and links to them, keeps links to shared lists, and renames radio groups', () => {
    const html = prefixIds(`${ko}<input type="radio" name="f">`, 'en-', definedIds(ko));
    expect(html).toContain('id="en-s1-p1"');
    expect(html).toContain('href="#en-fn-1"');
    expect(html).toContain('id="en-fnref-1"');
    expect(html).toContain('href="#ref-x"');
    expect(html).toContain('name="en-f"');
  });

  it('leaves a diagram’s own ids alone', () => {
    expect(prefixIds('<svg id="lineage-ko"><marker id="m"></marker></svg>', 'en-')).toContain('id="lineage-ko"');
  });

  it('reads the text a reader sees, without previews and editorial marks', () => {
    expect(sourceText('<p>국제질서<span><a><sup>1</sup></a><span data-no-source="">베스트팔렌 조약…</span></span>를</p>')).toBe('국제질서1를');
  });

  it('drops hover previews and keeps the markers that link to the notes', () => {
    const html = '<p id="s1-p1">질서<span class="fn-ref"><a href="#fn-1"><sup>1</sup></a><span class="preview" aria-hidden="true">베스트팔렌</span></span>를</p>';
    expect(withoutPreviews(html)).toBe('<p id="s1-p1">질서<span class="fn-ref"><a href="#fn-1"><sup>1</sup></a></span>를</p>');
  });

  it('adds an anchor link to a heading that the source text leaves out', () => {
    const html = withAnchor('<h3 id="s3-h1">UCLG의 구성</h3>', 's3-h1', 'link');
    expect(html).toBe('<h3 id="s3-h1">UCLG의 구성<a class="heading-anchor" href="#s3-h1" aria-label="link" data-no-source="" data-pagefind-ignore="">#</a></h3>');
    expect(sourceText(html)).toBe('UCLG의 구성');
  });
});
