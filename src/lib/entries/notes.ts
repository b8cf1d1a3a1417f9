/**
 * The notes a page carries: which printed footnotes and which editorial notes (misprints) attach
 * to what it shows, so that a page lists exactly those below its content and every marker on it
 * (`#fn-N`, `#ed-<id>`) has its target.
 */
import type { Lang } from '../../i18n/locales';
import type { TableModel } from '../tables/model';

export interface NoteSet {
  /** Printed footnote numbers, ascending. */
  footnotes: number[];
  /** Editorial-note ids, in the order first met. */
  editorialNotes: string[];
}

/** Footnote numbers that a table's headings show and the editorial notes of its rows. */
export function tableNotes(table: TableModel): NoteSet {
  const footnotes: number[] = [];
  const editorialNotes: string[] = [];
  for (const group of table.groups) {
    for (const cell of [...group.cells, ...group.rows.flatMap((row) => row.cells)]) {
      for (const block of cell) if (block.kind === 'heading' && block.footnote !== undefined) footnotes.push(block.footnote);
    }
    for (const row of group.rows) editorialNotes.push(...row.notes);
  }
  return mergeNotes({ footnotes, editorialNotes });
}

/** Several note sets as one, without repeats. */
export function mergeNotes(...sets: readonly Partial<NoteSet>[]): NoteSet {
  const footnotes = [...new Set(sets.flatMap((s) => s.footnotes ?? []))].sort((a, b) => a - b);
  const editorialNotes = [...new Set(sets.flatMap((s) => s.editorialNotes ?? []))];
  return { footnotes, editorialNotes };
}

/**
 * Adds the editorial notes of the footnotes themselves (a misprint inside a footnote's text), so
 * the marks in the footnote list have their targets too.
 */
export function withFootnoteNotes(set: NoteSet, footnotes: readonly { number: number; editorialNotes?: string[] | undefined }[]): NoteSet {
  const shown = new Set(set.footnotes);
  const inNotes = footnotes.filter((f) => shown.has(f.number)).flatMap((f) => f.editorialNotes ?? []);
  return mergeNotes(set, { editorialNotes: inNotes });
}

/**
 * Places each editorial note on the first text that contains what it says was printed; notes that
 * match no text are returned in `rest`, to be shown where the whole entry is.
 */
export function placeNotes(
  texts: readonly (string | undefined)[],
  noteIds: readonly string[],
  notes: readonly { id: string; printed: string }[],
): { placed: string[][]; rest: string[] } {
  const placed: string[][] = texts.map(() => []);
  const rest: string[] = [];
  for (const id of noteIds) {
    const printed = notes.find((n) => n.id === id)?.printed;
    const index = printed === undefined ? -1 : texts.findIndex((text) => text?.includes(printed) ?? false);
    if (index === -1) rest.push(id);
    else placed[index]!.push(id);
  }
  return { placed, rest };
}

/**
 * Text that may hold a misprint, as a page in one language shows it: Korean keeps the print,
 * English reads the correction (docs/content-format.md: both carry the same editorial note).
 */
export function asPrintedOrCorrected(
  text: string,
  noteIds: readonly string[],
  notes: readonly { id: string; printed: string; corrected: string }[],
  lang: Lang,
): string {
  if (lang === 'ko') return text;
  return noteIds.reduce((current, id) => {
    const note = notes.find((n) => n.id === id);
    return note ? current.replaceAll(note.printed, note.corrected) : current;
  }, text);
}

/**
 * The footnotes shared by every item of a group: the print attaches them to the group as a whole
 * (footnote 6 lists all twelve committees), so they go on the group's heading, once.
 */
export function sharedFootnotes(items: readonly { footnotes?: number[] | undefined }[]): number[] {
  if (items.length === 0) return [];
  const [first, ...others] = items;
  return (first!.footnotes ?? []).filter((n) => others.every((item) => item.footnotes?.includes(n) ?? false));
}
