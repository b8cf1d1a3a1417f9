import { describe, expect, it } from 'vitest';
import { kindForPath, SEARCH_KINDS } from '../../../src/lib/search/kinds';
import ko from '../../../src/i18n/ko.json';
import en from '../../../src/i18n/en.json';

describe('kindForPath', () => {
  it('files pages by their section', () => {
    expect(kindForPath('/ko/')).toBe('home');
    expect(kindForPath('/en/article/')).toBe('article');
    expect(kindForPath('/ko/glossary/city-diplomacy/')).toBe('glossary');
    expect(kindForPath('/ko/lineage/')).toBe('lineage');
    expect(kindForPath('/ko/lineage/uclg/')).toBe('organisation');
    expect(kindForPath('/en/congresses/2004-paris/')).toBe('congress');
    expect(kindForPath('/en/strategy/seoul/#row')).toBe('strategy');
    expect(kindForPath('/ko/organisation/')).toBe('organisation-structure');
  });
  it('has no kind for pages outside the language folders or unknown sections', () => {
    expect(kindForPath('/')).toBeUndefined();
    expect(kindForPath('/404.html')).toBeUndefined();
    expect(kindForPath('/ko/elsewhere/')).toBeUndefined();
  });
});

describe('SEARCH_KINDS', () => {
  it('has a label in both languages for every kind', () => {
    for (const kind of SEARCH_KINDS) {
      expect(ko, kind).toHaveProperty([`search.kind.${kind}`]);
      expect(en, kind).toHaveProperty([`search.kind.${kind}`]);
    }
  });
  it('lists the navigation’s kinds in its order, each section’s entries and records after it, then the pages outside it: home, the revision history, the editors’ sources', () => {
    expect(SEARCH_KINDS).toEqual(['article', 'lineage', 'organisation', 'congress', 'hague-agenda', 'strategy', 'strategy-row', 'organisation-structure', 'glossary', 'data', 'home', 'changes', 'sources']);
  });
});
