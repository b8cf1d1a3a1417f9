import { describe, expect, it } from 'vitest';
import { around, format } from '../../../src/i18n/format';

describe('format', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(format('‘{query}’ 검색 결과 {count}건 {x}', { query: '<b>', count: 3 })).toBe('‘<b>’ 검색 결과 3건 {x}');
  });
});

describe('around', () => {
  it('gives the text before and after the placeholder', () => {
    expect(around('See the note on ‘{printed}’ above.', 'printed')).toEqual(['See the note on ‘', '’ above.']);
    expect(around('{link}: more', 'link')).toEqual(['', ': more']);
  });

  it('fails on a template without the placeholder, or with it twice', () => {
    expect(() => around('No place here.', 'link')).toThrow(/\{link\} exactly once/);
    expect(() => around('{link} and {link}', 'link')).toThrow(/exactly once/);
  });
});
