import { describe, expect, it } from 'vitest';
import { CITATION_FORMATS, formatCitation } from '../../../src/lib/article/citation';

const article = { url: 'https://example.org/ko/article/' };
const paragraph = { url: 'https://example.org/en/article/#s3-p4', section: { number: 3, title: 'UCLG & city "diplomacy"' }, paragraph: 's3-p4' };

describe('citations', () => {
  it('cite the work by its title, with the magazine, the printed page and the URL, and no invented author or date', () => {
    for (const format of CITATION_FORMATS) {
      const text = formatCitation(format, article);
      expect(text).toContain('지방정부 국제기구, 도시외교 전략의 지렛대');
      expect(text).toContain('세계와 도시');
      expect(text).toContain('54');
      expect(text).toContain(article.url);
      expect(text).not.toMatch(/\b(19|20)\d\d\b/);
    }
  });

  it('KCI style uses Korean title marks', () => {
    expect(formatCitation('kci', article)).toBe('「지방정부 국제기구, 도시외교 전략의 지렛대」, 『세계와 도시』 특집, 54쪽 이하. https://example.org/ko/article/');
  });

  it('a paragraph citation names the section and the paragraph and links its fragment', () => {
    expect(formatCitation('apa', paragraph)).toContain('(sec. 3, "UCLG & city "diplomacy"", para. s3-p4) https://example.org/en/article/#s3-p4');
    expect(formatCitation('kci', paragraph)).toContain('3절 「UCLG & city "diplomacy"」, 문단 s3-p4');
  });

  it('BibTeX escapes its special characters and RIS ends its record', () => {
    const bib = formatCitation('bibtex', paragraph);
    expect(bib).toMatch(/^@article\{uclg-city-diplomacy-lever,/);
    expect(bib).toContain('UCLG \\& city');
    expect(bib).not.toMatch(/author\s*=/);
    const ris = formatCitation('ris', paragraph);
    expect(ris.split('\r\n')[0]).toBe('TY  - JOUR');
    expect(ris.trimEnd().endsWith('ER  -')).toBe(true);
  });
});
