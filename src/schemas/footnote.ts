import { z } from 'astro/zod';
import { editorialNoteIds, provenanceOverrides, sourceText } from './localized';

export const footnoteSchema = z.strictObject({
  id: z.string().regex(/^fn-\d+$/, 'expected an id of the form fn-N').describe('`fn-N`, where N is the printed number.'),
  number: z.number().int().positive().describe('The number as printed in the margin and in the text.'),
  text: sourceText.describe("The note's text: Korean verbatim, English translated."),
  editorialNotes: editorialNoteIds.describe('Misprints in the note, kept as printed.'),
  provenance: provenanceOverrides,
}).describe('A margin note of the article, numbered as printed (1-15).');
export type Footnote = z.infer<typeof footnoteSchema>;
