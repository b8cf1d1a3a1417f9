import { describe, expect, it } from 'vitest';
import { glossaryEntryOf, glossarySpellingsFor, termsForPage } from '../../../src/lib/search/glossary-terms';

const entries = [
  { id: 'city-diplomacy', term: { ko: '도시외교', en: 'city diplomacy' }, aliases: ['도시 외교'], hanja: '都市外交' },
  { id: 'para-diplomacy', term: { ko: '준외교', en: 'para-diplomacy' }, aliases: ['paradiplomacy', 'para diplomacy', '준 외교'] },
];

describe('glossaryEntryOf', () => {
  it('recognises a glossary entry page by its address', () => {
    expect(glossaryEntryOf('/ko/glossary/city-diplomacy/')).toEqual({ lang: 'ko', id: 'city-diplomacy' });
    expect(glossaryEntryOf('/en/glossary/para-diplomacy/#definition')).toEqual({ lang: 'en', id: 'para-diplomacy' });
    expect(glossaryEntryOf('/ko/glossary/')).toBeUndefined();
    expect(glossaryEntryOf('/ko/article/')).toBeUndefined();
  });
});

describe('termsForPage', () => {
  it('gives an entry’s page its own term, the other language’s and the aliases', () => {
    expect(termsForPage('/ko/glossary/city-diplomacy/', entries)).toEqual(['도시외교', 'city diplomacy', '도시 외교', '都市外交']);
    expect(termsForPage('/en/glossary/para-diplomacy/', entries)).toEqual(['para-diplomacy', '준외교', 'paradiplomacy', 'para diplomacy', '준 외교']);
    expect(glossarySpellingsFor(entries[0]!, 'en')[1]).toBe('도시외교');
  });
  it('gives other pages and unknown entries nothing', () => {
    expect(termsForPage('/ko/article/', entries)).toEqual([]);
    expect(termsForPage('/ko/glossary/unknown/', entries)).toEqual([]);
  });
});
