import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryIndex, indexHeading, latinHeading, shortDefinition, titleSegments } from '../../../src/lib/entries/glossary-index';
import { parseYamlList } from '../../../src/lib/content/yaml-list';
import { glossaryTermSchema } from '../../../src/schemas/glossary';

const glossary = parseYamlList(readFileSync('content/glossary.yaml', 'utf8'), 'content/glossary.yaml', glossaryTermSchema).map((e) => e.data);
const t = (id: string, ko: string, en: string) => ({ id, term: { ko, en } });

describe('latinHeading', () => {
  it('takes the first letter, upper-cased and without accents', () => {
    expect(latinHeading('diplomacy')).toBe('D');
    expect(latinHeading('Élysée')).toBe('E');
    expect(latinHeading('e-diplomacy')).toBe('E');
  });
  it('files digits and symbols under #', () => {
    expect(latinHeading('2030 Agenda')).toBe('#');
    expect(latinHeading('‘quoted’')).toBe('#');
  });
});

describe('indexHeading', () => {
  it('uses the plain initial consonant in Korean and the first letter in English', () => {
    expect(indexHeading({ ko: '까다로운 외교', en: 'tricky diplomacy' }, 'ko')).toBe('ㄱ');
    expect(indexHeading({ ko: '까다로운 외교', en: 'tricky diplomacy' }, 'en')).toBe('T');
    expect(indexHeading({ ko: 'UCLG 부문', en: 'UCLG section' }, 'ko')).toBe('U');
  });
});

describe('glossaryIndex', () => {
  it('orders Korean terms 가나다 and groups them under ㄱ ㄴ ㄷ …', () => {
    const groups = glossaryIndex([t('c', '도시외교', 'city diplomacy'), t('a', '결사외교', 'associative'), t('b', '가상 디지털외교', 'virtual'), t('d', '까치', 'magpie'), t('e', '네트워크외교', 'network')], 'ko');
    expect(groups.map((g) => [g.heading, g.terms.map((x) => x.id)])).toEqual([
      ['ㄱ', ['b', 'a', 'd']],
      ['ㄴ', ['e']],
      ['ㄷ', ['c']],
    ]);
  });

  it('orders English terms A–Z ignoring case', () => {
    const groups = glossaryIndex([t('x', '가', 'public diplomacy'), t('y', '나', 'Near East'), t('z', '다', 'network diplomacy'), t('w', '라', 'e-diplomacy')], 'en');
    expect(groups.map((g) => [g.heading, g.terms.map((x) => x.term.en)])).toEqual([
      ['E', ['e-diplomacy']],
      ['N', ['Near East', 'network diplomacy']],
      ['P', ['public diplomacy']],
    ]);
  });

  it('keeps every real term once, in order, under its own heading', () => {
    for (const lang of ['ko', 'en'] as const) {
      const groups = glossaryIndex(glossary, lang);
      const flat = groups.flatMap((g) => g.terms);
      expect(flat).toHaveLength(glossary.length);
      const collator = new Intl.Collator(lang, { sensitivity: 'base' });
      for (let i = 1; i < flat.length; i++) expect(collator.compare(flat[i - 1]!.term[lang], flat[i]!.term[lang])).toBeLessThanOrEqual(0);
      for (const group of groups) for (const term of group.terms) expect(indexHeading(term.term, lang)).toBe(group.heading);
      expect(new Set(groups.map((g) => g.heading)).size).toBe(groups.length);
    }
  });

  it('files the real Korean glossary under ㄱ first and ㅎ last, a name in Latin letters after them', () => {
    const groups = glossaryIndex(glossary, 'ko');
    expect(groups[0]?.heading).toBe('ㄱ');
    expect(groups[0]?.terms[0]?.term.ko).toBe('가상 디지털외교');
    expect(groups.at(-2)?.heading).toBe('ㅎ');
    expect(groups.at(-2)?.terms.map((x) => x.term.ko)).toEqual(['협치외교']);
    expect(groups.at(-1)?.heading).toBe('G');
    expect(groups.at(-1)?.terms.map((x) => x.term.ko)).toEqual(['GOLD']);
  });
});

describe('shortDefinition', () => {
  it('keeps the first sentence', () => {
    expect(shortDefinition('외교 주체 차원의 유형으로, 지역기구 간 외교. 다중트랙 외교에 포괄된다.')).toBe('외교 주체 차원의 유형으로, 지역기구 간 외교.');
    expect(shortDefinition('A type of diplomacy between regional bodies. It is embraced by multi-track diplomacy.')).toBe('A type of diplomacy between regional bodies.');
    expect(shortDefinition('No full stop at all')).toBe('No full stop at all');
  });
  it('joins the next sentences to a first sentence of fewer than six words', () => {
    expect(shortDefinition('A coinage of the article. It names diplomacy by knowledge. More here.')).toBe('A coinage of the article. It names diplomacy by knowledge.');
    expect(shortDefinition('Too short. Still short.')).toBe('Too short. Still short.');
  });
  it('does not end a sentence inside a number or an abbreviation without a space', () => {
    expect(shortDefinition('Version 2.0 of the whole text. More.')).toBe('Version 2.0 of the whole text.');
  });
  it('cuts a long sentence at a word boundary', () => {
    const long = 'word '.repeat(60).trim() + '.';
    const short = shortDefinition(long, 30);
    expect(short).toBe('word word word word word word…');
    expect(short.length).toBeLessThanOrEqual(31);
  });
  it('gives every real term a non-empty short definition', () => {
    for (const term of glossary) for (const lang of ['ko', 'en'] as const) expect(shortDefinition(term.definition[lang]).length).toBeGreaterThan(5);
  });
});

describe('titleSegments', () => {
  it('marks the whole words that are another, shorter term', () => {
    expect(titleSegments('knowledge diplomacy', ['diplomacy', 'knowledge diplomacy'], 'en')).toEqual([
      { text: 'knowledge ', shared: false },
      { text: 'diplomacy', shared: true },
    ]);
    expect(titleSegments('지식 외교', ['외교'], 'ko')).toEqual([
      { text: '지식 ', shared: false },
      { text: '외교', shared: true },
    ]);
  });
  it('marks the part of a hyphenated compound after the hyphen', () => {
    expect(titleSegments('para-diplomacy', ['diplomacy'], 'en')).toEqual([
      { text: 'para-', shared: false },
      { text: 'diplomacy', shared: true },
    ]);
  });
  it('leaves words inside a word, and the term itself, alone', () => {
    expect(titleSegments('diplomacy-led', ['diplomacy'], 'en')).toEqual([{ text: 'diplomacy-led', shared: false }]);
    expect(titleSegments('paradiplomacy', ['diplomacy'], 'en')).toEqual([{ text: 'paradiplomacy', shared: false }]);
    expect(titleSegments('결사외교', ['외교'], 'ko')).toEqual([{ text: '결사외교', shared: false }]);
    expect(titleSegments('diplomacy', ['diplomacy'], 'en')).toEqual([{ text: 'diplomacy', shared: false }]);
  });
  it('matches English terms case-insensitively', () => {
    expect(titleSegments('Right to the City', ['city'], 'en').map((s) => s.shared)).toEqual([false, true]);
  });
  it('marks "diplomacy" in the real compound terms, and no word of the term diplomacy itself', () => {
    const others = glossary.map((g) => g.term.en);
    expect(titleSegments('diplomacy', others, 'en').some((s) => s.shared)).toBe(false);
    expect(titleSegments('city diplomacy', others, 'en')).toEqual([{ text: 'city ', shared: false }, { text: 'diplomacy', shared: true }]);
  });
});
