import { describe, expect, it } from 'vitest';
import { findTermInTables, findTermOccurrences, longerTerms } from '../../../src/lib/article/term-occurrences';
import { bullets, text, type TableModel } from '../../../src/lib/tables/model';
import { compileEdition, compileSection } from '../../support/article';

/** Sections made from MDX bodies, read by the markdown pipeline as the site reads them. */
const sections = (lang: 'ko' | 'en', bodies: readonly { number: number; body: string }[]) =>
  Promise.all(
    bodies.map(async ({ number, body }) => {
      const { record } = await compileSection(`content/article/${lang}/0${number}-fixture.mdx`, body);
      return { number, blocks: record.blocks };
    }),
  );
/** The real article's sections in one language. */
const article = async (lang: 'ko' | 'en') => (await compileEdition(lang)).map((s) => ({ number: s.record.number, blocks: s.record.blocks }));

describe('findTermOccurrences', () => {
  it('finds a term by its <Term> link and by its written form, with an excerpt', async () => {
    const found = findTermOccurrences(
      await sections('ko', [
        { number: 1, body: '앞 문단에는 없다.\n\n여기 <Term id="para-diplomacy">준외교</Term>가 있다.\n\n### 준외교의 뜻\n\n다시 준외교.' },
        { number: 2, body: '<TableBlock id="table-4" />\n\n관계 없는 문단.' },
      ]),
      { id: 'para-diplomacy', text: '준외교' },
      'ko',
      { excerptWidth: 3 },
    );
    expect(found.map((o) => [o.id, o.tagged])).toEqual([
      ['s1-p2', true],
      ['s1-h1', false],
      ['s1-p3', false],
    ]);
    expect(found[0]?.excerpt).toEqual({ before: '여기 ', match: '준외교', after: '가 있…' });
  });

  it('cuts the excerpt at spaces rather than inside words', async () => {
    const found = findTermOccurrences(await sections('en', [{ number: 1, body: 'alpha beta gamma para-diplomacy delta epsilon zeta' }]), { id: 'x', text: 'para-diplomacy' }, 'en', { excerptWidth: 10 });
    expect(found[0]?.excerpt).toEqual({ before: '…gamma ', match: 'para-diplomacy', after: ' delta…' });
  });

  it('matches English case-insensitively, at the start of a word only', async () => {
    const found = findTermOccurrences(await sections('en', [{ number: 4, body: 'The Section met.\n\nAn intersection.\n\nSections of UCLG.' }]), { id: 'uclg-section', text: 'section' }, 'en');
    expect(found.map((o) => [o.id, o.excerpt.match])).toEqual([
      ['s4-p1', 'Section'],
      ['s4-p3', 'Section'],
    ]);
  });

  it('finds a tagged term even where the link text differs from the term', async () => {
    const found = findTermOccurrences(
      await sections('en', [{ number: 1, body: 'See <Term id="sub-national-diplomacy">sub-national diplomacy</Term> here.' }]),
      { id: 'sub-national-diplomacy', text: 'sub-national or sub-state diplomacy' },
      'en',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.excerpt.match).toBe('sub-national diplomacy');
  });

  it('finds para-diplomacy in the real article where the text links it', async () => {
    for (const lang of ['ko', 'en'] as const) {
      const found = findTermOccurrences(await article(lang), { id: 'para-diplomacy', text: lang === 'ko' ? '준외교' : 'para-diplomacy' }, lang);
      expect(found.filter((o) => o.tagged).map((o) => o.id)).toEqual(['s1-p5', 's2-p1']);
    }
  });
});

describe('findTermOccurrences in footnotes', () => {
  it('finds a term in a footnote at the block that carries its marker', async () => {
    const fixture = await sections('ko', [{ number: 1, body: '첫 문단.\n\n둘째 문단에 각주가 있다.<Fn n={2} />\n\n셋째 문단에는 지방 외교가 있다.<Fn n={3} />' }]);
    const footnotes = [
      { number: 2, text: '‘국가 하위 수준 외교’ 또는 ‘지방 외교’가 같이 사용된다.' },
      { number: 3, text: '관계 없는 각주.' },
    ];
    const found = findTermOccurrences(fixture, { id: 'local-diplomacy', text: '지방 외교' }, 'ko', { footnotes });
    expect(found.map((o) => [o.id, o.footnote])).toEqual([
      ['s1-p2', 2],
      ['s1-p3', undefined],
    ]);
    expect(found[0]?.excerpt.match).toBe('지방 외교');
  });

  it('finds local diplomacy, which only footnote 2 names, in the real article', async () => {
    const footnote2 = 'As terms for diplomacy conducted by local governments, ‘sub-national or sub-state diplomacy’ and ‘local diplomacy’ are also used in a broader sense.';
    const found = findTermOccurrences(await article('en'), { id: 'local-diplomacy', text: 'local diplomacy' }, 'en', { footnotes: [{ number: 2, text: footnote2 }] });
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

describe('a term inside a longer glossary term', () => {
  it('is not found where the longer term stands, and is found elsewhere', async () => {
    const fixture = await sections('ko', [{ number: 3, body: '세계총회가 열렸다.\n\n총회는 최고기관이다.' }]);
    const longer = longerTerms('총회', ['세계총회', '총회', '도시외교'], 'ko');
    expect(longer).toEqual(['세계총회']);
    expect(findTermOccurrences(fixture, { id: 'general-assembly', text: '총회' }, 'ko', { longer }).map((o) => o.id)).toEqual(['s3-p2']);
    expect(findTermOccurrences(fixture, { id: 'general-assembly', text: '총회' }, 'ko').map((o) => o.id)).toEqual(['s3-p1', 's3-p2']);
    expect(longerTerms('diplomacy', ['City diplomacy', 'diplomacy', 'diplomat'], 'en')).toEqual(['City diplomacy']);
  });
});
