import { describe, expect, it } from 'vitest';
import { hangulInitial, indexInitial, INITIALS } from '../../../src/i18n/hangul';

describe('hangulInitial', () => {
  it('finds the initial consonant of the first syllable', () => {
    expect(hangulInitial('외교')).toBe('ㅇ');
    expect(hangulInitial('가상 디지털외교')).toBe('ㄱ');
    expect(hangulInitial('네트워크외교')).toBe('ㄴ');
    expect(hangulInitial('협치외교')).toBe('ㅎ');
    expect(hangulInitial('준외교')).toBe('ㅈ');
  });

  it('covers both ends of the syllable block', () => {
    expect(hangulInitial('가')).toBe('ㄱ'); // U+AC00
    expect(hangulInitial('힣')).toBe('ㅎ'); // U+D7A3
    expect(hangulInitial('깋')).toBe('ㄱ'); // last syllable with ㄱ
    expect(hangulInitial('까')).toBe('ㄲ'); // first syllable with ㄲ
  });

  it('gives each of the 19 initials for the first syllable built on it', () => {
    const firsts = INITIALS.map((_, i) => String.fromCodePoint(0xac00 + i * 588));
    expect(firsts.map((s) => hangulInitial(s))).toEqual([...INITIALS]);
  });

  it('returns a lone consonant letter as itself', () => {
    expect(hangulInitial('ㅂ')).toBe('ㅂ');
  });

  it('has no initial for text that does not start with Hangul', () => {
    expect(hangulInitial('UCLG 부문')).toBeUndefined();
    expect(hangulInitial('技識')).toBeUndefined();
    expect(hangulInitial('2030')).toBeUndefined();
    expect(hangulInitial('')).toBeUndefined();
    expect(hangulInitial('ㅏ')).toBeUndefined(); // a vowel letter
  });
});

describe('indexInitial', () => {
  it('files tense consonants under the plain one', () => {
    expect(indexInitial('까치')).toBe('ㄱ');
    expect(indexInitial('때')).toBe('ㄷ');
    expect(indexInitial('빵')).toBe('ㅂ');
    expect(indexInitial('쌀')).toBe('ㅅ');
    expect(indexInitial('짜다')).toBe('ㅈ');
    expect(indexInitial('도시외교')).toBe('ㄷ');
  });
});
