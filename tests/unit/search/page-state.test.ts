import { describe, expect, it } from 'vitest';
import {
  cleanTitle,
  comparable,
  entryExcerpt,
  exactTermsFirst,
  excerptAround,
  excerptParts,
  filterSummary,
  markedText,
  markTerms,
  mentions,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  pagefindFilters,
  queryTerms,
  readState,
  writeState,
} from '../../../src/lib/search/page-state';

const FILTERS = ['kind', 'level', 'category'];
const none = { kind: [], level: [], category: [] };

describe('the URL state', () => {
  it('reads the query and every filter from the form’s GET parameters', () => {
    expect(readState('?q=%EB%8F%84%EC%8B%9C%EC%99%B8%EA%B5%90&kind=glossary&kind=article&level=Local+level&kind=&other=x', FILTERS)).toEqual({
      query: '도시외교',
      filters: { kind: ['glossary', 'article'], level: ['Local level'], category: [] },
    });
    expect(readState('', FILTERS)).toEqual({ query: '', filters: none });
  });
  it('writes them back so a search round-trips, and writes nothing for an empty search', () => {
    const state = { query: 'city diplomacy', filters: { ...none, kind: ['glossary'] } };
    expect(writeState(state)).toBe('?q=city+diplomacy&kind=glossary');
    expect(readState(writeState(state), FILTERS)).toEqual(state);
    expect(writeState({ query: '', filters: none })).toBe('');
  });
});

describe('normalizeQuery', () => {
  it('collapses whitespace and cuts long queries', () => {
    expect(normalizeQuery('  city \n diplomacy ')).toBe('city diplomacy');
    expect(normalizeQuery('가'.repeat(1000))).toHaveLength(MAX_QUERY_LENGTH);
    expect(normalizeQuery('a b c d e f g h i j k').split(' ')).toHaveLength(8);
  });
});

describe('pagefindFilters', () => {
  it('asks for any of the chosen kinds, and any of the chosen levels or categories', () => {
    expect(pagefindFilters(none)).toEqual({});
    expect(pagefindFilters({ kind: ['glossary', 'article'], level: ['Local level'], category: ['Foundations'] })).toEqual({
      kind: { any: ['glossary', 'article'] },
      any: { level: { any: ['Local level'] }, category: { any: ['Foundations'] } },
    });
  });
});

describe('excerptParts', () => {
  it('splits a Pagefind excerpt into marked and plain text, unescaping what Pagefind escaped', () => {
    expect(excerptParts('a &lt;b&gt; <mark>도시외교를</mark> c')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: '도시외교를', mark: true },
      { text: ' c', mark: false },
    ]);
  });
  it('keeps any other markup as literal text', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)><mark>x</mark>');
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)>', mark: false });
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['x']);
  });
});

describe('queryTerms', () => {
  it('lowercases, drops punctuation at the edges and puts longer words first', () => {
    expect(queryTerms('“City” diplomacy!')).toEqual(['diplomacy', 'city']);
    expect(queryTerms('!!!???')).toEqual([]);
  });
});

describe('markTerms', () => {
  it('marks a Korean term inside compounds Pagefind left unmarked, not English substrings', () => {
    const parts = markTerms([{ text: '공공외교와 외교관, part', mark: false }, { text: '외교', mark: true }], ['외교', 'art']);
    expect(parts).toEqual([
      { text: '공공', mark: false },
      { text: '외교', mark: true },
      { text: '와 ', mark: false },
      { text: '외교', mark: true },
      { text: '관, part', mark: false },
      { text: '외교', mark: true },
    ]);
  });
});

describe('excerptAround', () => {
  const content = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ').replace('w40', '헤이그 도시외교의제를');
  it('cuts an excerpt around the first occurrence and marks it', () => {
    const parts = excerptAround(content, ['의제'], 10)!;
    const text = parts.map((p) => p.text).join('');
    expect(text.startsWith('…w38 w39 헤이그 도시외교')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['의제']);
  });
  it('matches other words at their start only, and gives up when nothing occurs', () => {
    expect(excerptAround('the apart part', ['part'], 10)?.filter((p) => p.mark)).toHaveLength(1);
    expect(excerptAround('nothing here', ['외교'])).toBeUndefined();
    expect(excerptAround('anything', [])).toBeUndefined();
  });
});

const plain = (parts: readonly { text: string }[]) => parts.map((p) => p.text).join('');
const marked = (parts: readonly { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

describe('markedText and mentions', () => {
  it('mark a Korean term anywhere and any other term at the start of a word', () => {
    expect(marked(markedText('공공외교와 city diplomacy, the apart part', ['외교', 'part', 'city']))).toEqual(['외교', 'city', 'part']);
    expect(markedText('no terms', [])).toEqual([{ text: 'no terms', mark: false }]);
  });
  it('say whether a term occurs', () => {
    expect(mentions('도시외교 · city diplomacy · 도시 외교', ['외교'])).toBe(true);
    expect(mentions('도시외교 · city diplomacy', ['diplo'])).toBe(true);
    expect(mentions('도시외교 · city diplomacy', ['plomacy'])).toBe(false);
    expect(mentions('anything', [])).toBe(false);
  });
});

describe('entryExcerpt', () => {
  const definitionKo = '지방정부로 대표되는 외교. 지방정부 주체의 외교 용어로는 ‘국가 하위 수준 외교’ 또는 ‘지방 외교’가 같이 사용되고 있으나';
  it('shows a glossary entry as its term pair, then the start of its definition, the query marked', () => {
    const parts = entryExcerpt(`도시외교. city diplomacy. ${definitionKo}`, ['도시외교', 'city diplomacy', '도시 외교'], ['도시외교'], 8);
    expect(plain(parts)).toBe('도시외교 · city diplomacy — 지방정부로 대표되는 외교. 지방정부 주체의 외교 용어로는 ‘국가…');
    expect(marked(parts)).toEqual(['도시외교']);
  });
  it('drops the Hanja the English page adds after the Korean term, and the punctuation between', () => {
    const parts = entryExcerpt('city diplomacy 도시외교 · 都市外交. Diplomacy represented by local governments.', ['city diplomacy', '도시외교', '都市外交'], ['city', 'diplomacy']);
    expect(plain(parts)).toBe('city diplomacy · 도시외교 — Diplomacy represented by local governments.');
    expect(marked(parts)).toEqual(['city', 'diplomacy', 'Diplomacy']);
  });
  it('does not take a definition that starts with the term for the term pair', () => {
    expect(plain(entryExcerpt('diplomacy 외교. Diplomacy is the conduct of relations.', ['diplomacy', '외교'], []))).toBe('diplomacy · 외교 — Diplomacy is the conduct of relations.');
  });
  it('shows the text as it is when it does not open with the pair', () => {
    expect(plain(entryExcerpt('용어집. 모든 용어', ['도시외교', 'city diplomacy'], [], 30))).toBe('용어집. 모든 용어');
    expect(plain(entryExcerpt('도시외교관 이야기', ['도시외교', 'city diplomacy'], []))).toBe('도시외교관 이야기');
  });
});

describe('filterSummary', () => {
  const text = { none: '(none active)', active: '({count} active: {names})' };
  it('says that no filter is active, or how many and which', () => {
    expect(filterSummary([], text)).toBe('(none active)');
    expect(filterSummary(['Glossary term'], text)).toBe('(1 active: Glossary term)');
    expect(filterSummary(['Strategy table row', 'Local level'], text)).toBe('(2 active: Strategy table row, Local level)');
  });
});

describe('exactTermsFirst', () => {
  const result = (title: string, kind: string, terms?: string) => ({ meta: { title, ...(terms ? { terms } : {}) }, filters: { kind: [kind] } });
  const results = [result('지방 외교', 'glossary'), result('기사', 'article'), result('외교', 'glossary', '외교 · diplomacy · 외교들'), result('도시외교', 'glossary', '도시외교 · city diplomacy · 도시 외교')];
  it('puts the glossary entry whose term is the query first, in either language and any spelling', () => {
    expect(exactTermsFirst(results, '외교').map((r) => r.meta.title)).toEqual(['외교', '지방 외교', '기사', '도시외교']);
    expect(exactTermsFirst(results, 'City-Diplomacy')[0]?.meta.title).toBe('도시외교');
    expect(exactTermsFirst(results, '도시 외교')[0]?.meta.title).toBe('도시외교');
  });
  it('keeps Pagefind’s order when no term matches exactly', () => {
    expect(exactTermsFirst(results, '외교를')).toEqual(results);
    expect(exactTermsFirst(results, '!!!')).toEqual(results);
  });
  it('compares letters and digits only', () => {
    expect(comparable('Para-Diplomacy')).toBe(comparable('para diplomacy'));
  });
});


describe('cleanTitle', () => {
  it('drops the markers Pagefind leaks from weighted text', () => {
    expect(cleanTitle('city diplomacy ___END_PAGEFIND_WEIGHT___')).toBe('city diplomacy');
    expect(cleanTitle('도시외교')).toBe('도시외교');
  });
});
