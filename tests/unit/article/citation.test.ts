import { describe, expect, it } from 'vitest';
import { CITATION_FORMATS, formatCitation } from '../../../src/lib/article/citation';
import { currentEdition } from '../../../src/lib/article/edition';

const edition = '2026-12-02';
const article = { url: 'https://example.org/ko/article/', edition };
const paragraph = { url: 'https://example.org/en/article/#s3-p4', section: { number: 3, title: 'UCLG & city "diplomacy"' }, paragraph: 's3-p4', edition };

describe('citations', () => {
  it('cite the work by its title, with the magazine, the printed page and the URL, and no invented author or date', () => {
    for (const format of CITATION_FORMATS) {
      const text = formatCitation(format, article);
      expect(text).toContain('지방정부 국제기구, 도시외교 전략의 지렛대');
      expect(text).toContain('세계와 도시');
      expect(text).toContain('54');
      expect(text).toContain(article.url);
      // The site's edition, and no other date: the source gives the article none.
      expect(text).toContain(edition);
      expect(text.replaceAll(edition, '')).not.toMatch(/\b(19|20)\d\d\b/);
    }
  });

  it('name the edition cited, the date of the site’s latest correction', () => {
    expect(formatCitation('ris', article)).toContain('ET  - Web edition of 2026-12-02');
    expect(formatCitation('bibtex', article)).toContain('note = {Web edition of 2026-12-02; Author not named in the source}');
    expect(currentEdition([{ data: { date: '2026-12-02' } }, { data: { date: '2027-01-15' } }])).toBe('2027-01-15');
    expect(() => currentEdition([])).toThrow(/content\/changes\.yaml/);
  });

  it('BibTeX gives the English title in titleaddon, the field for a translated title, not shorttitle', () => {
    const bib = formatCitation('bibtex', article);
    expect(bib).toContain('titleaddon = {[International Organisations of Local Governments: A Lever for City-Diplomacy Strategy]}');
    expect(bib).not.toContain('shorttitle');
  });

  it('KCI style uses Korean title marks', () => {
    expect(formatCitation('kci', article)).toBe('「지방정부 국제기구, 도시외교 전략의 지렛대」, 『세계와 도시』 특집, 54쪽 이하. 웹 판(2026-12-02), https://example.org/ko/article/');
  });

  it('a paragraph citation names the section and the paragraph and links its fragment', () => {
    expect(formatCitation('apa', paragraph)).toContain('(sec. 3, "UCLG & city "diplomacy"", para. s3-p4) Web edition of 2026-12-02. https://example.org/en/article/#s3-p4');
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
