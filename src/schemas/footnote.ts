import { z } from 'astro/zod';
import { editorialNoteIds, localizedText } from './localized';

/** A margin note of the article, numbered as printed (1-15). */
export const footnoteSchema = z.strictObject({
  /** `fn-N`, where N is the printed number. */
  id: z.string().regex(/^fn-\d+$/, 'expected an id of the form fn-N'),
  /** The number as printed in the margin and in the text. */
  number: z.number().int().positive(),
  /** The note's text: Korean verbatim, English translated. */
  text: localizedText,
  /** Misprints in the note, kept as printed. */
  editorialNotes: editorialNoteIds,
});
export type Footnote = z.infer<typeof footnoteSchema>;
