import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from '../../../src/lib/tables/csv';
import { parseCsv } from '../../support/csv-parse';

describe('csvField', () => {
  it('leaves plain text alone, Korean included', () => {
    expect(csvField('지방 차원')).toBe('지방 차원');
    expect(csvField('')).toBe('');
  });
  it('quotes a field with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('• one\n• two')).toBe('"• one\n• two"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends and a final line break', () => {
    expect(toCsv(['id', '차원'], [['local', '지방 차원'], ['x', 'a,b']])).toBe(`${BOM}id,차원\r\nlocal,지방 차원\r\nx,"a,b"\r\n`);
    expect(BOM).toBe('\uFEFF');
  });
  it('reads back as the same rows', () => {
    const rows = [['row-1', '전략 범주', '• 글로벌 위협요인, 인간안보\n• "지방의제"의 지구화'], ['row-2', '', 'plain']];
    expect(parseCsv(toCsv(['id', 'a', 'b'], rows))).toEqual([['id', 'a', 'b'], ...rows]);
  });
});
