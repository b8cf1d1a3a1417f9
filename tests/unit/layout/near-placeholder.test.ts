import { describe, expect, it } from 'vitest';
import { nearPlaceholderStyle, partText, placeholderRem, RATES } from '../../../src/lib/layout/near-placeholder';

describe('near placeholder', () => {
  it('counts blocks of text and their characters, Hangul apart from Latin, a list item with all it holds', () => {
    expect(partText('<p>가나 ab</p><ul><li>다</li><li><p>c</p></li></ul>')).toEqual({
      flow: { blocks: 1, wide: 2, narrow: 3 },
      item: { blocks: 2, wide: 1, narrow: 1 },
      heading: { blocks: 0, wide: 0, narrow: 0 },
      table: { blocks: 0, wide: 0, narrow: 0 },
      drawings: 0,
    });
  });

  it('collapses white space as the browser does', () => {
    expect(partText('<p>a \n\n  b</p>').flow.narrow).toBe(3);
  });

  it('counts list items, headings and tables at their own rates', () => {
    const text = partText('<h2>제목</h2><figure><figcaption>표</figcaption><table><tr><th>A</th><td><p>나</p></td></tr></table></figure>');
    expect(text.heading).toEqual({ blocks: 1, wide: 2, narrow: 0 });
    expect(text.flow).toEqual({ blocks: 1, wide: 1, narrow: 0 });
    expect(text.table).toEqual({ blocks: 2, wide: 1, narrow: 1 });
    expect(partText('<dl><dt>a</dt><dd>나</dd></dl><table><tr><td><ul><li>b</li></ul></td></tr></table>')).toMatchObject({
      item: { blocks: 2, wide: 1, narrow: 1 },
      table: { blocks: 1, wide: 0, narrow: 1 },
    });
  });

  it('leaves out what takes no room: hover previews, hidden text, scripts', () => {
    const text = partText('<p>a<span class="preview">긴 미리보기</span><span class="visually-hidden">xyz</span></p><p hidden>b</p><script>var x</script>');
    expect(text.flow).toEqual({ blocks: 1, wide: 0, narrow: 1 });
  });

  it('takes a diagram at its widest, its height from its viewBox, an icon at its own height, and not their labels', () => {
    const text = partText('<figure><svg viewBox="0 0 700 350"><text>라벨</text></svg></figure>');
    expect(text.drawings).toBe(28);
    expect(text.flow.wide).toBe(0);
    expect(partText('<svg width="16" height="16" viewBox="0 0 16 16"></svg>').drawings).toBe(1);
    expect(partText('<svg><text>x</text></svg>').drawings).toBe(0);
  });

  it('sums the rates and rounds up to a whole rem', () => {
    const text = partText('<p>가a</p>');
    const exact = RATES.flow.blocks + RATES.flow.wide + RATES.flow.narrow;
    expect(placeholderRem(text)).toBe(Math.ceil(exact));
    expect(placeholderRem(partText(`<p>${'가'.repeat(40)}</p>`))).toBeGreaterThan(placeholderRem(partText(`<p>${'a'.repeat(40)}</p>`)));
    expect(nearPlaceholderStyle('<p>가a</p>')).toBe(`--near-placeholder: ${Math.ceil(exact)}rem`);
  });

  it('grows with the text: a longer part never gets a shorter placeholder', () => {
    const lengths = [10, 100, 1000].map((n) => placeholderRem(partText(`<p>${'가'.repeat(n)}</p>`)));
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(new Set(lengths).size).toBe(3);
  });
});
