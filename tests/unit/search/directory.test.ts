import { describe, expect, it } from 'vitest';
import { pageDirectory } from '../../../src/lib/search/directory';
import { FIXED_PAGES } from '../../../src/registry/sections';
import { useTranslations } from '../../../src/i18n';

const sources = {
  glossary: [
    { id: 'public-diplomacy', term: { ko: '공공외교', en: 'public diplomacy' } },
    { id: 'city-diplomacy', term: { ko: '도시외교', en: 'city diplomacy' } },
    { id: 'e-diplomacy', term: { ko: '전자외교', en: 'e-diplomacy' } },
  ],
  organisations: [{ id: 'uclg', label: 'UCLG' }],
  congresses: [{ id: '2004-paris', label: '1st World Congress (Paris, 2004)' }],
};

describe('pageDirectory', () => {
  it('lists the fixed pages, then each entry page, with the base path', () => {
    const groups = pageDirectory('en', sources, useTranslations('en'), '/sub/');
    expect(groups.map((g) => g.title)).toEqual(['search.directory.pages', 'search.directory.glossary', 'search.directory.organisations', 'search.directory.congresses']);
    // Every fixed page but the search page the reader is on.
    expect(groups[0]?.links).toHaveLength(FIXED_PAGES.length - 1);
    expect(groups[0]?.links.map((l) => l.href)).toContain('/sub/en/strategy/bogota-action-agenda/');
    expect(groups[0]?.links.map((l) => l.href)).not.toContain('/sub/en/search/');
    expect(groups[0]?.links[0]).toEqual({ href: '/sub/en/', label: 'Home' });
    expect(groups[2]?.links).toEqual([{ href: '/sub/en/lineage/uclg/', label: 'UCLG' }]);
    expect(groups[3]?.links[0]?.href).toBe('/sub/en/congresses/2004-paris/');
  });
  it('orders glossary terms and organisations alphabetically in the reader’s language', () => {
    const organisations = [{ id: 'uclg', label: '세계지방자치단체연합 (UCLG)' }, { id: 'c4', label: 'C4' }, { id: 'iula', label: '국제지방정부연합 (IULA)' }];
    expect(pageDirectory('ko', { ...sources, organisations }, useTranslations('ko'))[2]?.links.map((l) => l.label)).toEqual(['국제지방정부연합 (IULA)', '세계지방자치단체연합 (UCLG)', 'C4']);
    expect(pageDirectory('en', sources, useTranslations('en'))[1]?.links.map((l) => l.label)).toEqual(['city diplomacy', 'e-diplomacy', 'public diplomacy']);
    expect(pageDirectory('ko', sources, useTranslations('ko'))[1]?.links.map((l) => l.href)).toEqual([
      '/ko/glossary/public-diplomacy/',
      '/ko/glossary/city-diplomacy/',
      '/ko/glossary/e-diplomacy/',
    ]);
  });
});
