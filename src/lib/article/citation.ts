/**
 * Citations of the article, a section or a paragraph in five styles. The source names no author
 * and no date, so the citations give none: they cite the work by its title, as the source stands.
 * Each names the site's edition, the date of its latest correction (content/changes.yaml), so a
 * citation points to the text as it was read.
 */
import { ARTICLE } from '../../registry/article';

export const CITATION_FORMATS = ['kci', 'apa', 'chicago', 'bibtex', 'ris'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export interface CitationTarget {
  /** Absolute URL of the cited page, with the fragment of the section or paragraph. */
  url: string;
  /** The cited section (number and heading, in the page's language), when a part is cited. */
  section?: { number: number; title: string } | undefined;
  /** The cited paragraph's id, when a paragraph is cited. */
  paragraph?: string | undefined;
  /** The edition cited: the date (YYYY-MM-DD) of the site's latest correction. */
  edition: string;
}

const { title, magazine, firstPage } = ARTICLE;

function part(target: CitationTarget, lang: 'ko' | 'en'): string {
  if (!target.section) return '';
  const where = lang === 'ko' ? `${target.section.number}절 「${target.section.title}」` : `sec. ${target.section.number}, "${target.section.title}"`;
  const paragraph = target.paragraph ? (lang === 'ko' ? `, 문단 ${target.paragraph}` : `, para. ${target.paragraph}`) : '';
  return `${where}${paragraph}`;
}

/** BibTeX needs its special characters escaped; braces protect the title's capitalisation. */
function bibEscape(value: string): string {
  return value.replace(/([&%$#_{}])/g, '\\$1');
}

export function formatCitation(format: CitationFormat, target: CitationTarget): string {
  switch (format) {
    case 'kci': {
      const where = target.section ? `, ${part(target, 'ko')}` : '';
      return `「${title.ko}」, 『${magazine.ko}』 특집, ${firstPage}쪽 이하${where}. 웹 판(${target.edition}), ${target.url}`;
    }
    case 'apa': {
      const where = target.section ? ` (${part(target, 'en')})` : '';
      return `${title.ko} [${title.en}]. (n.d.). ${magazine.ko} [${magazine.en}], ${firstPage}ff.${where} Web edition of ${target.edition}. ${target.url}`;
    }
    case 'chicago': {
      const where = target.section ? `, ${part(target, 'en')}` : '';
      return `"${title.ko}" [${title.en}]. ${magazine.ko} (${magazine.en}), special feature, ${firstPage}ff${where}. Web edition of ${target.edition}. ${target.url}.`;
    }
    case 'bibtex': {
      const note = [`Web edition of ${target.edition}`, 'Author not named in the source', target.section ? part(target, 'en') : ''].filter(Boolean).join('; ');
      // titleaddon carries the English title in brackets, as biblatex's styles print a translated title.
      return [
        '@article{uclg-city-diplomacy-lever,',
        `  title = {{${bibEscape(title.ko)}}},`,
        `  titleaddon = {[${bibEscape(title.en)}]},`,
        `  journaltitle = {${bibEscape(magazine.ko)} (${bibEscape(magazine.en)})},`,
        `  pages = {${firstPage}--},`,
        '  langid = {korean},',
        `  url = {${target.url}},`,
        `  note = {${bibEscape(note)}},`,
        '}',
      ].join('\n');
    }
    case 'ris': {
      const lines = [
        'TY  - JOUR',
        `TI  - ${title.ko}`,
        `TT  - ${title.en}`,
        `T2  - ${magazine.ko} (${magazine.en})`,
        `SP  - ${firstPage}`,
        `ET  - Web edition of ${target.edition}`,
        'LA  - ko',
        `UR  - ${target.url}`,
        'N1  - Author not named in the source.',
        ...(target.section ? [`N1  - ${part(target, 'en')}`] : []),
        'ER  - ',
      ];
      return `${lines.join('\r\n')}\r\n`;
    }
  }
}

/** Labels of the formats, as readers know them. */
export const FORMAT_LABELS: Record<CitationFormat, string> = {
  kci: 'KCI',
  apa: 'APA',
  chicago: 'Chicago',
  bibtex: 'BibTeX',
  ris: 'RIS',
};
