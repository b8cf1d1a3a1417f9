import { z } from 'astro/zod';
import { entryId, localizedText } from './localized';

/** An evident misprint of the original print, kept in Korean and corrected in English. */
export const editorialNoteSchema = z.strictObject({
  /** Stable id, referenced by `<Sic id>` in the article and by `editorialNotes` in data. */
  id: entryId,
  /** The text exactly as printed. */
  printed: z.string().min(1),
  /** What the text should read. */
  corrected: z.string().min(1),
  /** The editor's note shown to readers, in both languages. */
  note: localizedText,
});
export type EditorialNote = z.infer<typeof editorialNoteSchema>;
