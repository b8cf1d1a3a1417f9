import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { blockId, sectionNumberFromPath, sectionOfPath } from '../../../../src/lib/article/markdown/block-ids';
import { recordSection } from '../../../../src/lib/article/markdown/article-blocks';
import { compileEdition, compileSection } from '../../../support/article';

describe('positional block ids', () => {
  it('reads the language and section number from an article file path only', () => {
    expect(sectionNumberFromPath('/repo/content/article/ko/03-uclg-and-city-diplomacy.mdx')).toBe(3);
    expect(sectionOfPath('C:\\repo\\content\\article\\en\\01-x.mdx')).toEqual({ lang: 'en', number: 1 });
    expect(sectionNumberFromPath('/repo/src/pages/index.mdx')).toBeUndefined();
    expect(blockId(2, 'p', 7)).toBe('s2-p7');
  });

  it('numbers the top-level paragraphs and headings of a section, and nothing nested', () => {
    const tree = fromHtml('<p>a</p><h3>b</h3><p>c</p><figure><p>in figure</p></figure><blockquote><p>q</p></blockquote>', { fragment: true });
    const record = recordSection(tree, '/x/content/article/en/02-y.mdx');
    const html = toHtml(tree);
    expect(html).toContain('<p id="s2-p1">a</p>');
    expect(html).toContain('<h3 id="s2-h1">b</h3>');
    expect(html).toContain('<blockquote id="s2-p3">');
    expect(html).toContain('<p>in figure</p>');
    expect(record?.layout).toEqual(['s2-p1', 's2-h1', 's2-p2', 's2-p3']);
  });

  it('leaves other files alone', () => {
    const tree = fromHtml('<p>a</p>', { fragment: true });
    expect(recordSection(tree, '/x/src/pages/about.mdx')).toBeUndefined();
    expect(toHtml(tree)).toBe('<p>a</p>');
  });
});

describe('the record of a section', () => {
  const body = [
    '첫 문단 <Term id="a">용어</Term>.',
    '',
    '### 소제목',
    '',
    '<TableBlock id="table-1" />',
    '',
    '<Term id="b">둘째</Term> 문단은 컴포넌트로 시작한다. 질서<Fn n={1} />를 &lt;표 1 참조&gt;',
    '',
    '- 목록 하나',
    '',
    '- 목록 둘',
    '',
    '{/* a comment */}',
    '',
    '---',
    '',
    '> 인용',
    '#### 작은 제목',
    '끝 문단',
  ].join('\n');

  it('numbers paragraphs and headings, and records their text; standing components take no number', async () => {
    const { record } = await compileSection('content/article/ko/03-fixture.mdx', body);
    expect(record.blocks.map((b) => [b.id, b.text])).toEqual([
      ['s3-p1', '첫 문단 용어.'],
      ['s3-h1', '소제목'],
      ['s3-p2', '둘째 문단은 컴포넌트로 시작한다. 질서를 <표 1 참조>'],
      ['s3-p3', '목록 하나 목록 둘'],
      ['s3-p4', '인용'],
      ['s3-h2', '작은 제목'],
      ['s3-p5', '끝 문단'],
    ]);
    expect(record.blocks[2]?.printed).toBe('둘째 문단은 컴포넌트로 시작한다. 질서1를 <표 1 참조>');
    expect(record.layout[2]).toMatchObject({ name: 'TableBlock', attributes: { id: 'table-1', lang: 'ko' } });
  });

  it('records each component a block uses, with the id it names and the text it wraps', async () => {
    const { record } = await compileSection('content/article/ko/03-fixture.mdx', body);
    expect(record.blocks[2]?.uses.map((u) => [u.name, u.attributes['id'] ?? u.attributes['n'], u.text])).toEqual([
      ['Term', 'b', '둘째'],
      ['Fn', '1', ''],
    ]);
    expect(record.components.map((u) => u.name)).toEqual(['Term', 'TableBlock', 'Term', 'Fn']);
  });

  it('gives the real sections the ids the rendered article has, the same in both editions', async () => {
    const [ko, en] = [await compileEdition('ko'), await compileEdition('en')];
    const s3 = en[2]!.record;
    expect(s3.blocks.filter((b) => b.kind === 'h').map((b) => b.id)).toEqual(['s3-h1', 's3-h2', 's3-h3']);
    // FigureBlock, MissionBox and the TableBlocks take no number: 15 paragraphs remain.
    expect(s3.blocks.filter((b) => b.kind === 'p')).toHaveLength(15);
    expect(s3.blocks.find((b) => b.id === 's3-p2')?.text).toMatch(/^In UCLG, which was integrated around IULA/);
    ko.forEach((section, i) => expect(section.record.blocks.map((b) => b.id)).toEqual(en[i]!.record.blocks.map((b) => b.id)));
  });
});
