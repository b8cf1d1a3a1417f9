import { describe, expect, it } from 'vitest';
import { format } from '../../../src/i18n/format';

describe('format', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(format('‘{query}’ 검색 결과 {count}건 {x}', { query: '<b>', count: 3 })).toBe('‘<b>’ 검색 결과 3건 {x}');
  });
});
