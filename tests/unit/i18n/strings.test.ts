import { describe, expect, it } from 'vitest';
import ko from '../../../src/i18n/ko.json';
import en from '../../../src/i18n/en.json';
import { checkUiStrings, useTranslations } from '../../../src/i18n';
import { otherLang } from '../../../src/i18n/locales';

describe('interface strings', () => {
  it('both languages hold the same keys, each non-empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
    expect(() => checkUiStrings(ko, en, 'en')).not.toThrow();
  });

  it('a missing or empty key fails, naming the file and the key', () => {
    const { ['nav.search']: _removed, ...missing } = en;
    expect(() => checkUiStrings(ko, missing, 'en')).toThrow(/src\/i18n\/en\.json[\s\S]*nav\.search/);
    expect(() => checkUiStrings(ko, { ...en, 'nav.search': ' ' }, 'en')).toThrow(/nav\.search/);
    expect(() => checkUiStrings(ko, { ...en, 'extra.key': 'x' }, 'en')).toThrow(/extra\.key/);
  });

  it('translates by language', () => {
    expect(useTranslations('ko')('nav.search')).toBe('검색');
    expect(useTranslations('en')('nav.search')).toBe('Search');
    expect(otherLang('ko')).toBe('en');
  });

  it('fills placeholders, and fails on a key that does not exist', () => {
    expect(useTranslations('en')('label.table', { n: 3 })).toBe('Table 3');
    expect(useTranslations('ko')('label.table', { n: 3 })).toBe('표3');
    expect(() => useTranslations('en')('no.such.key' as 'nav.search')).toThrow(/No interface string "no.such.key" in src\/i18n\/en.json/);
  });
});
