import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPOUND_HEADS, compoundKeywords, compoundParts, compoundSuffixes, glossaryParts, hangulWords } from '../../../src/lib/search/korean-compounds';
import { glossarySpellings } from '../../../src/lib/search/glossary-terms';
import { parseYamlList } from '../../../src/lib/content/yaml-list';
import { glossaryTermSchema } from '../../../src/schemas/glossary';

const glossary = parseYamlList(readFileSync('content/glossary.yaml', 'utf8'), 'content/glossary.yaml', glossaryTermSchema).map((e) => e.data);
const parts = compoundParts(glossarySpellings(glossary));

describe('hangulWords', () => {
  it('takes the runs of Hangul syllables, particles attached, and nothing else', () => {
    expect(hangulWords('기식(技識)외교와 UCLG의 도시외교를, 2008년')).toEqual(['기식', '외교와', '의', '도시외교를', '년']);
  });
});

describe('glossaryParts', () => {
  it('reads the parts of spaced spellings, leaving out one-syllable parts and single words', () => {
    expect(glossaryParts(['공공 외교', '준 외교', '국가 하위 수준 외교', '도시외교', 'city diplomacy'])).toEqual(['공공', '국가', '수준', '외교', '하위']);
  });
});

describe('compoundSuffixes', () => {
  const known = new Set(['외교', '의제', '도시', '정부']);
  it('gives the suffixes that start at a known part, without the trailing particle', () => {
    expect(compoundSuffixes('도시외교의제를', known)).toEqual(['외교의제', '의제']);
    expect(compoundSuffixes('공공외교는', known)).toEqual(['외교']);
    expect(compoundSuffixes('준외교', known)).toEqual(['외교']);
    expect(compoundSuffixes('대도시', known)).toEqual(['도시']);
  });
  it('gives nothing when the word starts with its only part (the prefix match finds it) or has none', () => {
    expect(compoundSuffixes('외교관', known)).toEqual([]);
    expect(compoundSuffixes('도시외교', new Set(['도시']))).toEqual([]);
    expect(compoundSuffixes('평화', known)).toEqual([]);
  });
});

describe('compoundKeywords on the real glossary', () => {
  it('makes the part of each compound glossary term findable', () => {
    for (const term of ['공공외교', '결사외교', '촉매외교', '시민외교', '부문외교', '전자외교', '탈근대외교', '네트워크외교']) {
      expect(compoundKeywords(term, parts), term).toContain('외교');
    }
    expect(compoundKeywords('헤이그 도시외교의제를 채택했다', parts)).toEqual(['외교의제', '의제']);
    expect(compoundKeywords('중앙정부와 국제기구, 지방자치단체', parts)).toEqual(expect.arrayContaining(['정부', '기구', '자치단체', '단체']));
  });
  it('knows the parts of the glossary’s spaced spellings besides the heads', () => {
    expect(parts.has('다중트랙')).toBe(true);
    expect(parts.has('평화')).toBe(true);
    expect(compoundKeywords('가상디지털외교', parts)).toEqual(expect.arrayContaining(['디지털외교', '외교']));
  });
  it('keeps every head at two syllables or more', () => {
    expect(COMPOUND_HEADS.every((head) => head.length >= 2)).toBe(true);
  });
});
