/**
 * Where a glossary term appears in the article, found at build time from the sections' MDX
 * source. Blocks are numbered the way src/lib/article/markdown/rehype-block-ids.ts numbers the rendered
 * HTML (`s3-p4`, `s3-h1`), so a link made here lands on the paragraph the reader sees.
 */
import type { Lang } from '../../i18n/locales';
import { blockId } from './markdown/block-ids';
import { cellToText, type TableModel } from '../tables/model';

/** One top-level block of a section's MDX body that gets an id when rendered. */
export interface MdxBlock {
  /** `s3-p4` or `s3-h1`. */
  id: string;
  kind: 'p' | 'h';
  /** Its number among the section's blocks of that kind, from 1 (the 4 of `s3-p4`). */
  index: number;
  /** The block's MDX source. */
  source: string;
  /** Its reading text: components' tags dropped, entities decoded, heading marks removed. */
  text: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** Drops a leading YAML frontmatter block, if the body still has one. */
function withoutFrontmatter(body: string): string {
  return body.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
}

/**
 * Whether a block is a JSX element standing on its own lines (`<TableBlock id="table-1" />`,
 * `<MissionBox>…</MissionBox>`). MDX renders such a block as the component alone, with no <p>
 * around it, so it takes no paragraph number. An element followed by text is a paragraph.
 */
export function isFlowElement(source: string): boolean {
  const text = source.trim();
  const open = /^<([A-Za-z][\w.:-]*)\b(?:[^>"'{}]|"[^"]*"|'[^']*'|\{[^}]*\})*?(\/?)>/.exec(text);
  if (!open) return false;
  const [opening, name = '', selfClosing] = open;
  if (selfClosing) return opening.length === text.length;
  // Find the matching close tag, counting nested elements of the same name.
  const tags = new RegExp(`<(/?)${escapeRegExp(name)}\\b(?:[^>"'{}]|"[^"]*"|'[^']*'|\\{[^}]*\\})*?(/?)>`, 'g');
  let depth = 0;
  for (const tag of text.matchAll(tags)) {
    if (tag[2]) continue; // a self-closing one inside
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return (tag.index ?? 0) + tag[0].length === text.length;
  }
  return false;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The reading text of an MDX fragment: tags dropped, character references decoded. */
export function mdxText(source: string): string {
  return source
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
      return ENTITIES[ref.toLowerCase()] ?? whole;
    })
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The blocks of one section's MDX body that get a positional id: headings (##–####) as `h`,
 * paragraphs, lists, quotations, tables and code as `p`. Blocks are separated by blank lines; a
 * heading is a block of its own; component lines and thematic breaks are numbered by neither.
 */
export function mdxBlocks(body: string, section: number): MdxBlock[] {
  const lines = withoutFrontmatter(body).split(/\r?\n/);
  const groups: { kind: 'p' | 'h' | 'none'; lines: string[]; list: boolean }[] = [];
  let current: string[] = [];
  let fence: string | undefined;

  const flush = () => {
    if (current.length === 0) return;
    const source = current.join('\n');
    const first = current[0] ?? '';
    const list = LIST_ITEM.test(first);
    const previous = groups.at(-1);
    if (list && previous?.list) previous.lines.push('', ...current); // a loose list stays one <ul>
    else if (isFlowElement(source) || /^\{[\s\S]*\}$/.test(source.trim()) || (current.length === 1 && THEMATIC_BREAK.test(first))) {
      groups.push({ kind: 'none', lines: current, list: false });
    } else groups.push({ kind: 'p', lines: current, list });
    current = [];
  };

  for (const line of lines) {
    if (fence !== undefined) {
      current.push(line);
      if (line.trim().startsWith(fence)) {
        fence = undefined;
        flush();
      }
      continue;
    }
    const fenceOpen = FENCE.exec(line);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1];
      current.push(line);
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const heading = ATX.exec(line);
    if (heading) {
      flush();
      const level = heading[1]?.length ?? 0;
      groups.push({ kind: level >= 2 && level <= 4 ? 'h' : 'none', lines: [line], list: false });
      continue;
    }
    current.push(line);
  }
  flush();

  let paragraphs = 0;
  let headings = 0;
  const blocks: MdxBlock[] = [];
  for (const group of groups) {
    if (group.kind === 'none') continue;
    const source = group.lines.join('\n');
    const index = group.kind === 'h' ? ++headings : ++paragraphs;
    const text = mdxText(group.kind === 'h' ? source.replace(ATX, '').replace(/[ \t]#+[ \t]*$/, '') : source);
    blocks.push({ id: blockId(section, group.kind, index), kind: group.kind, index, source, text });
  }
  return blocks;
}

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
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `needle` first occurs in `text`: exact in Korean; in English case-insensitive and not inside a word. */
function findTerm(text: string, needle: string, lang: Lang): { index: number; length: number } | undefined {
  if (needle === '') return undefined;
  if (lang === 'ko') {
    const index = text.indexOf(needle);
    return index < 0 ? undefined : { index, length: needle.length };
  }
  const match = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}`, 'iu').exec(text);
  return match ? { index: match.index, length: match[0].length } : undefined;
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
  sections: readonly { number: number; body: string }[],
  term: { id: string; text: string },
  lang: Lang,
  { footnotes = [], excerptWidth = 40 }: OccurrenceOptions = {},
): Occurrence[] {
  const tag = new RegExp(`<Term\\b[^>]*\\bid=(?:"${escapeRegExp(term.id)}"|'${escapeRegExp(term.id)}')[^>]*>([\\s\\S]*?)</Term>`);
  const found: Occurrence[] = [];
  for (const { number, body } of sections) {
    for (const block of mdxBlocks(body, number)) {
      const place = { section: number, id: block.id, kind: block.kind, index: block.index };
      const tagged = tag.exec(block.source);
      const written = findTerm(block.text, term.text, lang);
      if (tagged || written) {
        const at = written ?? findTerm(block.text, mdxText(tagged?.[1] ?? ''), lang);
        found.push({ ...place, tagged: tagged !== null, excerpt: excerptAround(block.text, at, excerptWidth) });
      }
      for (const marker of block.source.matchAll(/<Fn\s+n=\{(\d+)\}/g)) {
        const note = footnotes.find((f) => f.number === Number(marker[1]));
        const at = note && findTerm(note.text, term.text, lang);
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
export function findTermInTables(tables: readonly TableModel[], text: string, lang: Lang, { excerptWidth = 40 }: OccurrenceOptions = {}): TableOccurrence[] {
  const found: TableOccurrence[] = [];
  for (const table of tables) {
    const place = { table: table.id, number: table.number };
    const title = findTerm(table.title, text, lang);
    if (title) found.push({ ...place, id: table.id, part: 'title', excerpt: excerptAround(table.title, title, excerptWidth) });
    for (const group of table.groups) {
      for (const row of group.rows) {
        const rowText = [...group.cells, ...row.cells].map((cell) => cellToText(cell).replace(/(^|\n)• /g, '$1').replace(/\s+/g, ' ')).join(' · ');
        const at = findTerm(rowText, text, lang);
        if (at) found.push({ ...place, id: row.id, part: 'row', excerpt: excerptAround(rowText, at, excerptWidth) });
      }
    }
    const source = table.source === undefined ? undefined : findTerm(table.source, text, lang);
    if (table.source !== undefined && source) found.push({ ...place, id: table.id, part: 'source', excerpt: excerptAround(table.source, source, excerptWidth) });
  }
  return found;
}
