/**
 * Where a glossary term appears in the article and its tables, found at build time from what
 * the markdown pipeline recorded of each section's blocks (their ids, text and components), so
 * a link made here lands on the paragraph the reader sees.
 */
import type { Lang } from '../../i18n/locales';
import type { ArticleBlock } from './markdown/article-blocks';
import { cellToText, type TableModel } from '../tables/model';

/** A block in which a term appears, with a short excerpt around the first place it does. */
export interface Occurrence {
  section: number;
  /** The block's id, the fragment to link to. */
  id: string;
  kind: 'p' | 'h';
  /** Its number among the section's paragraphs or headings. */
  index: number;
  /** Whether the block links the term with `<Term id>` (the first use in a section). */
  tagged: boolean;
  /** Set when the term is in the footnote whose marker the block carries, not in the block's own text. */
  footnote?: number;
  /** The excerpt: text before the term, the term as written, the text after. */
  excerpt: Excerpt;
}

export interface Excerpt {
  before: string;
  match: string;
  after: string;
}

export interface OccurrenceOptions {
  /** The footnotes in the sections' language: a term in a footnote is found at the block with its marker. */
  footnotes?: readonly { number: number; text: string }[];
  /** Characters of context either side of the term in an excerpt. */
  excerptWidth?: number;
  /**
   * Longer glossary terms that contain this one (`세계총회` for `총회`). Korean writes compounds
   * without spaces, so a place where one of them stands is theirs, not this term's.
   */
  longer?: readonly string[];
}

type Place = { index: number; length: number };

/** Every place `needle` occurs in `text`: exact in Korean; in English case-insensitive and not inside a word. */
function placesOf(text: string, needle: string, lang: Lang): Place[] {
  if (needle === '') return [];
  const pattern = lang === 'ko' ? RegExp.escape(needle) : `(?<![\\p{L}\\p{N}])${RegExp.escape(needle)}`;
  return [...text.matchAll(new RegExp(pattern, lang === 'ko' ? 'gu' : 'giu'))].map((m) => ({ index: m.index, length: m[0].length }));
}

/** Where `needle` first occurs in `text`, not counting the places a longer term covers. */
function findTerm(text: string, needle: string, lang: Lang, longer: readonly string[] = []): Place | undefined {
  const covered = longer.flatMap((term) => placesOf(text, term, lang));
  return placesOf(text, needle, lang).find((at) => !covered.some((c) => c.index <= at.index && at.index + at.length <= c.index + c.length));
}

/** The glossary terms (one language) longer than `term` that contain it. */
export function longerTerms(term: string, terms: readonly string[], lang: Lang): string[] {
  const fold = (t: string) => (lang === 'en' ? t.toLowerCase() : t);
  return terms.filter((other) => other.length > term.length && fold(other).includes(fold(term)));
}

function excerptAround(text: string, at: { index: number; length: number } | undefined, width: number) {
  if (!at) {
    const head = text.slice(0, width * 2);
    return { before: '', match: '', after: head.length < text.length ? `${head}…` : head };
  }
  let start = Math.max(0, at.index - width);
  let end = Math.min(text.length, at.index + at.length + width);
  // Cut at spaces, not inside a word, where a space is near.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < at.index && space - start < width / 2) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > at.index + at.length && end - space < width / 2) end = space;
  }
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, at.index),
    match: text.slice(at.index, at.index + at.length),
    after: text.slice(at.index + at.length, end).trimEnd() + (end < text.length ? '…' : ''),
  };
}

/**
 * Every block of the given sections (one language) that contains the term: linked with
 * `<Term id="…">`, or written out (the term in that language), in its own text or in a footnote
 * whose marker (`<Fn n={N} />`) it carries. Sections in the order given.
 */
export function findTermOccurrences(
  sections: readonly { number: number; blocks: readonly ArticleBlock[] }[],
  term: { id: string; text: string },
  lang: Lang,
  { footnotes = [], excerptWidth = 40, longer = [] }: OccurrenceOptions = {},
): Occurrence[] {
  const found: Occurrence[] = [];
  for (const { number, blocks } of sections) {
    for (const block of blocks) {
      const place = { section: number, id: block.id, kind: block.kind, index: block.index };
      const tagged = block.uses.find((use) => use.name === 'Term' && use.attributes['id'] === term.id);
      const written = findTerm(block.text, term.text, lang, longer);
      if (tagged || written) {
        const at = written ?? findTerm(block.text, tagged?.text ?? '', lang);
        found.push({ ...place, tagged: tagged !== undefined, excerpt: excerptAround(block.text, at, excerptWidth) });
      }
      for (const marker of block.uses.filter((use) => use.name === 'Fn')) {
        const note = footnotes.find((f) => f.number === Number(marker.attributes['n']));
        const at = note && findTerm(note.text, term.text, lang, longer);
        if (note && at) found.push({ ...place, tagged: false, footnote: note.number, excerpt: excerptAround(note.text, at, excerptWidth) });
      }
    }
  }
  return found;
}

/** A place in one of the article's tables where a term is written. */
export interface TableOccurrence {
  /** `table-3`. */
  table: string;
  number: number;
  /** The fragment to link to: the row's id, or the table's for its caption or source line. */
  id: string;
  part: 'title' | 'row' | 'source';
  excerpt: Excerpt;
}

/**
 * Where a term is written in the tables (one language): in a caption, a row (its group cells
 * included) or a source line. The tables stand in the article as components, so they are
 * searched in their data, the same model the article renders them from.
 */
export function findTermInTables(tables: readonly TableModel[], text: string, lang: Lang, { excerptWidth = 40, longer = [] }: OccurrenceOptions = {}): TableOccurrence[] {
  const found: TableOccurrence[] = [];
  for (const table of tables) {
    const place = { table: table.id, number: table.number };
    const title = findTerm(table.title, text, lang, longer);
    if (title) found.push({ ...place, id: table.id, part: 'title', excerpt: excerptAround(table.title, title, excerptWidth) });
    for (const group of table.groups) {
      for (const row of group.rows) {
        const rowText = [...group.cells, ...row.cells].map((cell) => cellToText(cell).replace(/(^|\n)• /g, '$1').replace(/\s+/g, ' ')).join(' · ');
        const at = findTerm(rowText, text, lang, longer);
        if (at) found.push({ ...place, id: row.id, part: 'row', excerpt: excerptAround(rowText, at, excerptWidth) });
      }
    }
    const source = table.source === undefined ? undefined : findTerm(table.source, text, lang, longer);
    if (table.source !== undefined && source) found.push({ ...place, id: table.id, part: 'source', excerpt: excerptAround(table.source, source, excerptWidth) });
  }
  return found;
}
