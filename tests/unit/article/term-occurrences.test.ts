import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTermInTables, findTermOccurrences, isFlowElement, mdxBlocks, mdxText } from '../../../src/lib/article/term-occurrences';
import { bullets, text, type TableModel } from '../../../src/lib/tables/model';

const section = (lang: 'ko' | 'en') =>
  readdirSync(`content/article/${lang}`)
    .sort()
    .map((file) => ({ number: Number(file.slice(0, 2)), body: readFileSync(`content/article/${lang}/${file}`, 'utf8') }));

describe('isFlowElement', () => {
  it('knows a component standing alone from one that opens a paragraph', () => {
    expect(isFlowElement('<TableBlock id="table-1" />')).toBe(true);
    expect(isFlowElement('<MissionBox />')).toBe(true);
    expect(isFlowElement('<Box title="a">\ninside\n</Box>')).toBe(true);
    expect(isFlowElement('<Box><Box>x</Box></Box>')).toBe(true);
    expect(isFlowElement('<Term id="diplomacy">외교</Term>는 오래되었다.')).toBe(false);
    expect(isFlowElement('<Term id="a">x</Term> and <Term id="b">y</Term>')).toBe(false);
    expect(isFlowElement('<Fn n={1} /> text')).toBe(false);
    expect(isFlowElement('Plain text.')).toBe(false);
  });
});

describe('mdxText', () => {
  it('drops tags and decodes character references', () => {
    expect(mdxText('국제질서<Fn n={1} />를 &lt;표 1 참조&gt; &#123;x&#125; <Term id="para-diplomacy">준외교</Term>')).toBe('국제질서를 <표 1 참조> {x} 준외교');
  });
});

describe('mdxBlocks', () => {
  const body = [
    '---',
    'title: 제목',
    '---',
    '',
    '첫 문단 <Term id="a">용어</Term>.',
    '',
    '### 소제목',
    '',
    '<TableBlock id="table-1" />',
    '',
    '<Term id="b">둘째</Term> 문단은 컴포넌트로 시작한다.',
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

  it('numbers paragraphs and headings as rehype-block-ids does, skipping frontmatter and component lines', () => {
    expect(mdxBlocks(body, 3).map((b) => [b.id, b.text])).toEqual([
      ['s3-p1', '첫 문단 용어.'],
      ['s3-h1', '소제목'],
      ['s3-p2', '둘째 문단은 컴포넌트로 시작한다.'],
      ['s3-p3', '- 목록 하나 - 목록 둘'],
      ['s3-p4', '> 인용'],
      ['s3-h2', '작은 제목'],
      ['s3-p5', '끝 문단'],
    ]);
  });

  it('gives the real sections the ids the rendered article has', () => {
    const [, , s3] = section('en');
    const blocks = mdxBlocks(s3!.body, 3);
    expect(blocks.filter((b) => b.kind === 'h').map((b) => [b.id, b.text])).toEqual([
      ['s3-h1', "The process of UCLG's institutional integration"],
      ['s3-h2', 'The composition of UCLG'],
      ['s3-h3', expect.stringMatching(/^UCLG's concept of city diplomacy/)],
    ]);
    // FigureBlock, MissionBox and the TableBlocks take no number: 15 paragraphs remain.
    expect(blocks.filter((b) => b.kind === 'p')).toHaveLength(15);
    expect(blocks.find((b) => b.id === 's3-p2')?.text).toMatch(/^In UCLG, which was integrated around IULA/);
    expect(blocks.find((b) => b.id === 's3-p5')?.text).toMatch(/^The governance structure/);
  });

  it('finds the same blocks in both editions', () => {
    const ko = section('ko');
    const en = section('en');
    expect(ko).toHaveLength(4);
    ko.forEach((s, i) => {
      expect(mdxBlocks(s.body, s.number).map((b) => b.id)).toEqual(mdxBlocks(en[i]!.body, en[i]!.number).map((b) => b.id));
    });
  });
});

describe('findTermOccurrences', () => {
  it('finds a term by its <Term> link and by its written form, with an excerpt', () => {
    const sections = [
      { number: 1, body: '앞 문단에는 없다.\n\n여기 <Term id="para-diplomacy">준외교</Term>가 있다.\n\n### 준외교의 뜻\n\n다시 준외교.' },
      { number: 2, body: '<TableBlock id="table-4" />\n\n관계 없는 문단.' },
    ];
    const found = findTermOccurrences(sections, { id: 'para-diplomacy', text: '준외교' }, 'ko', { excerptWidth: 3 });
    expect(found.map((o) => [o.id, o.tagged])).toEqual([
      ['s1-p2', true],
      ['s1-h1', false],
      ['s1-p3', false],
    ]);
    expect(found[0]?.excerpt).toEqual({ before: '여기 ', match: '준외교', after: '가 있…' });
  });

  it('cuts the excerpt at spaces rather than inside words', () => {
    const found = findTermOccurrences([{ number: 1, body: 'alpha beta gamma para-diplomacy delta epsilon zeta' }], { id: 'x', text: 'para-diplomacy' }, 'en', { excerptWidth: 10 });
    expect(found[0]?.excerpt).toEqual({ before: '…gamma ', match: 'para-diplomacy', after: ' delta…' });
  });

  it('matches English case-insensitively, at the start of a word only', () => {
    const sections = [{ number: 4, body: 'The Section met.\n\nAn intersection.\n\nSections of UCLG.' }];
    const found = findTermOccurrences(sections, { id: 'uclg-section', text: 'section' }, 'en');
    expect(found.map((o) => [o.id, o.excerpt.match])).toEqual([
      ['s4-p1', 'Section'],
      ['s4-p3', 'Section'],
    ]);
  });

  it('finds a tagged term even where the link text differs from the term', () => {
    const found = findTermOccurrences([{ number: 1, body: 'See <Term id="sub-national-diplomacy">sub-national diplomacy</Term> here.' }], { id: 'sub-national-diplomacy', text: 'sub-national or sub-state diplomacy' }, 'en');
    expect(found).toHaveLength(1);
    expect(found[0]?.excerpt.match).toBe('sub-national diplomacy');
  });

  it('finds para-diplomacy in the real article where the text links it', () => {
    for (const lang of ['ko', 'en'] as const) {
      const found = findTermOccurrences(section(lang), { id: 'para-diplomacy', text: lang === 'ko' ? '준외교' : 'para-diplomacy' }, lang);
      expect(found.filter((o) => o.tagged).map((o) => o.id)).toEqual(['s1-p5', 's2-p1']);
    }
  });
});

describe('findTermOccurrences in footnotes', () => {
  it('finds a term in a footnote at the block that carries its marker', () => {
    const sections = [{ number: 1, body: '첫 문단.\n\n둘째 문단에 각주가 있다.<Fn n={2} />\n\n셋째 문단에는 지방 외교가 있다.<Fn n={3} />' }];
    const footnotes = [
      { number: 2, text: '‘국가 하위 수준 외교’ 또는 ‘지방 외교’가 같이 사용된다.' },
      { number: 3, text: '관계 없는 각주.' },
    ];
    const found = findTermOccurrences(sections, { id: 'local-diplomacy', text: '지방 외교' }, 'ko', { footnotes });
    expect(found.map((o) => [o.id, o.footnote])).toEqual([
      ['s1-p2', 2],
      ['s1-p3', undefined],
    ]);
    expect(found[0]?.excerpt.match).toBe('지방 외교');
  });

  it('finds local diplomacy, which only footnote 2 names, in the real article', () => {
    const footnote2 = 'As terms for diplomacy conducted by local governments, ‘sub-national or sub-state diplomacy’ and ‘local diplomacy’ are also used in a broader sense.';
    const found = findTermOccurrences(section('en'), { id: 'local-diplomacy', text: 'local diplomacy' }, 'en', { footnotes: [{ number: 2, text: footnote2 }] });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ section: 2, id: 's2-p1', footnote: 2 });
  });
});

describe('findTermInTables', () => {
  const table: TableModel = {
    id: 'table-3',
    number: 3,
    title: '행동노선 및 권고사항',
    source: 'New Urban Agenda(2016), 도시권(Right to the City) 참고',
    columns: ['차원', '권고'],
    groupColumns: 1,
    groups: [{ id: 'local', cells: [[text('지방 차원')]], rows: [
      { id: 'row-a', cells: [[bullets(['평화구축 지원', '기타'])]], notes: [] },
      { id: 'row-b', cells: [[text('관계 없음')]], notes: [] },
    ] }],
  };

  it('finds a term in a row (with its group cells) and in the source line', () => {
    expect(findTermInTables([table], '평화구축', 'ko').map((o) => [o.id, o.part])).toEqual([['row-a', 'row']]);
    expect(findTermInTables([table], '지방 차원', 'ko').map((o) => o.id)).toEqual(['row-a', 'row-b']);
    const source = findTermInTables([table], 'right to the city', 'en');
    expect(source.map((o) => [o.table, o.id, o.part, o.excerpt.match])).toEqual([['table-3', 'table-3', 'source', 'Right to the City']]);
    expect(findTermInTables([table], '권고사항', 'ko').map((o) => o.part)).toEqual(['title']);
  });
});
