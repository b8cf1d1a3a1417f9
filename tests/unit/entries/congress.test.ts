import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { congressSchema } from '../../../src/schemas/congress';
import { parseYamlList } from '../../../src/lib/content/yaml-list';
import { congressFootnotes, congressJsonLd, congressNeighbours, congressOrdinal, congressTitle, formatYearMonth, purposeLines } from '../../../src/lib/entries/congress';

const file = 'content/congresses.yaml';
const congresses = parseYamlList(readFileSync(file, 'utf8'), file, congressSchema).map((e) => e.data);
const get = (id: string) => congresses.find((c) => c.id === id)!;

describe('formatYearMonth', () => {
  it('writes the printed year and month in each language', () => {
    expect(formatYearMonth('2004-05', 'ko')).toBe('2004년 5월');
    expect(formatYearMonth('2004-05', 'en')).toBe('May 2004');
    expect(formatYearMonth('2016-10', 'en')).toBe('October 2016');
  });
});

describe('congressOrdinal and congressTitle', () => {
  it('names the congress as table 2 does', () => {
    expect(congressOrdinal(1, 'ko')).toBe('제1차 세계총회');
    expect([1, 2, 3, 4, 11, 12, 21].map((n) => congressOrdinal(n, 'en'))).toEqual([
      '1st World Congress', '2nd World Congress', '3rd World Congress', '4th World Congress',
      '11th World Congress', '12th World Congress', '21st World Congress',
    ]);
    expect(congressTitle(get('2010-mexico-city'), 'ko')).toBe('제3차 세계총회(2010, 멕시코 시티)');
    expect(congressTitle(get('2016-bogota'), 'en')).toBe('5th World Congress (Bogotá, 2016)');
  });
});

describe('congressNeighbours', () => {
  it('links the first, a middle and the last congress', () => {
    expect(congressNeighbours(congresses, get('2004-paris'))).toEqual({ next: get('2007-jeju') });
    expect(congressNeighbours(congresses, get('2013-rabat'))).toEqual({ previous: get('2010-mexico-city'), next: get('2016-bogota') });
    expect(congressNeighbours(congresses, get('2016-bogota'))).toEqual({ previous: get('2013-rabat') });
  });
  it('orders by ordinal, not by position in the list', () => {
    const shuffled = [get('2016-bogota'), get('2004-paris'), get('2007-jeju')];
    expect(congressNeighbours(shuffled, get('2007-jeju'))).toEqual({ previous: get('2004-paris'), next: get('2016-bogota') });
  });
});

describe('congressFootnotes', () => {
  it('collects outcome and row footnotes once', () => {
    expect(congressFootnotes(get('2007-jeju'))).toEqual([13]);
    expect(congressFootnotes(get('2016-bogota'))).toEqual([14]);
    expect(congressFootnotes(get('2004-paris'))).toEqual([]);
  });
});

describe('purposeLines', () => {
  it('splits the two purposes of Rabat and keeps a single one whole', () => {
    expect(purposeLines(get('2013-rabat'), 'ko')).toEqual(['국제도시운동(IULA) 100주년 기념', 'SDGs·UN-Habitat III 관련 지방정부 로드맵 규정']);
    expect(purposeLines(get('2004-paris'), 'en')).toEqual(['Founding congress for a new institutionalisation']);
  });
});

describe('congressJsonLd', () => {
  it('is an Event with the printed year-month and the host city and country', () => {
    expect(congressJsonLd(get('2007-jeju'), 'ko', 'https://example.org/ko/congresses/2007-jeju/', '세계지방자치단체연합')).toEqual({
      '@type': 'Event',
      name: '제2차 세계총회(2007, 제주)',
      startDate: '2007-10',
      location: { '@type': 'Place', name: '제주', address: { '@type': 'PostalAddress', addressLocality: '제주', addressCountry: '한국' } },
      organizer: { '@type': 'Organization', name: '세계지방자치단체연합' },
      url: 'https://example.org/ko/congresses/2007-jeju/',
    });
  });
});
