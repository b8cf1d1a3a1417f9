import { describe, expect, it } from 'vitest';
import { asPrintedOrCorrected, mergeNotes, placeNotes, sharedFootnotes, tableNotes, withFootnoteNotes } from '../../../src/lib/entries/notes';
import type { TableModel } from '../../../src/lib/tables/model';

const notes = [
  { id: 'united-cites', printed: 'United Cites', corrected: 'United Cities' },
  { id: 'unaclaun', printed: 'UNACLAUN', corrected: 'UNACLA' },
];

describe('tableNotes', () => {
  it('collects heading footnotes and row notes of a table', () => {
    const table: TableModel = {
      id: 'table-2', number: 2, title: 't', columns: ['a', 'b'], groupColumns: 0,
      groups: [{
        id: 'g', cells: [],
        rows: [
          { id: 'r1', cells: [[{ kind: 'heading', text: 'h', footnote: 14 }], [{ kind: 'heading', text: 'h2' }]], notes: ['bogota-action'] },
          { id: 'r2', cells: [[{ kind: 'heading', text: 'h', footnote: 13 }, { kind: 'bullets', items: ['x'] }]], notes: [] },
        ],
      }],
    };
    expect(tableNotes(table)).toEqual({ footnotes: [13, 14], editorialNotes: ['bogota-action'] });
  });
});

describe('mergeNotes and withFootnoteNotes', () => {
  it('merges without repeats, footnotes ascending', () => {
    expect(mergeNotes({ footnotes: [12, 9] }, { footnotes: [9], editorialNotes: ['a'] }, { editorialNotes: ['a', 'b'] }))
      .toEqual({ footnotes: [9, 12], editorialNotes: ['a', 'b'] });
  });
  it('adds the misprint notes of the footnotes shown, only those', () => {
    const footnotes = [{ number: 14, editorialNotes: ['quito'] }, { number: 13 }, { number: 2, editorialNotes: ['other'] }];
    expect(withFootnoteNotes({ footnotes: [13, 14], editorialNotes: ['bogota-action'] }, footnotes))
      .toEqual({ footnotes: [13, 14], editorialNotes: ['bogota-action', 'quito'] });
  });
});

describe('placeNotes', () => {
  it('puts a note on the text holding what was printed, the rest aside', () => {
    expect(placeNotes(['United Cites and Local Governments', undefined], ['united-cites', 'unaclaun'], notes))
      .toEqual({ placed: [['united-cites'], []], rest: ['unaclaun'] });
  });
});

describe('asPrintedOrCorrected', () => {
  it('keeps the print in Korean and corrects it in English', () => {
    expect(asPrintedOrCorrected('United Cites and Local Governments', ['united-cites'], notes, 'ko')).toBe('United Cites and Local Governments');
    expect(asPrintedOrCorrected('United Cites and Local Governments', ['united-cites'], notes, 'en')).toBe('United Cities and Local Governments');
    expect(asPrintedOrCorrected('UCLG', ['unaclaun'], notes, 'en')).toBe('UCLG');
  });
});

describe('sharedFootnotes', () => {
  it('returns the footnotes every item carries', () => {
    expect(sharedFootnotes([{ footnotes: [6] }, { footnotes: [6, 9] }])).toEqual([6]);
    expect(sharedFootnotes([{ footnotes: [12] }, {}])).toEqual([]);
    expect(sharedFootnotes([])).toEqual([]);
  });
});
