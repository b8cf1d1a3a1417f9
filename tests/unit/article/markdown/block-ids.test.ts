import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { blockId, sectionNumberFromPath } from '../../../../src/lib/article/markdown/block-ids';
import { rehypeBlockIds } from '../../../../src/lib/article/markdown/rehype-block-ids';

describe('positional block ids', () => {
  it('reads the section number from an article file path only', () => {
    expect(sectionNumberFromPath('/repo/content/article/ko/03-uclg-and-city-diplomacy.mdx')).toBe(3);
    expect(sectionNumberFromPath('C:\\repo\\content\\article\\en\\01-x.mdx')).toBe(1);
    expect(sectionNumberFromPath('/repo/src/pages/index.mdx')).toBeUndefined();
    expect(blockId(2, 'p', 7)).toBe('s2-p7');
  });

  it('numbers the top-level paragraphs and headings of a section, and nothing nested', () => {
    const tree = fromHtml('<p>a</p><h3>b</h3><p>c</p><figure><p>in figure</p></figure><blockquote><p>q</p></blockquote>', { fragment: true });
    rehypeBlockIds()(tree, new VFile({ path: '/x/content/article/en/02-y.mdx' }));
    const html = toHtml(tree);
    expect(html).toContain('<p id="s2-p1">a</p>');
    expect(html).toContain('<h3 id="s2-h1">b</h3>');
    expect(html).toContain('<blockquote id="s2-p3">');
    expect(html).toContain('<p>in figure</p>');
  });

  it('leaves other files alone', () => {
    const tree = fromHtml('<p>a</p>', { fragment: true });
    rehypeBlockIds()(tree, new VFile({ path: '/x/src/pages/about.mdx' }));
    expect(toHtml(tree)).toBe('<p>a</p>');
  });
});
