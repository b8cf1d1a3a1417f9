import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../support/csv-parse';

describe('parseCsv', () => {
  it('drops the BOM and reads LF or CRLF lines', () => {
    expect(parseCsv('\uFEFFa,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a,b\r\n"c\r\nd",""\r\n')).toEqual([['a', 'b'], ['c\r\nd', '']]);
  });
  it('keeps empty fields', () => {
    expect(parseCsv(',x,\n')).toEqual([['', 'x', '']]);
  });
  it('rejects an unterminated quoted field', () => {
    expect(() => parseCsv('"open')).toThrow(/quoted field/);
  });
});
