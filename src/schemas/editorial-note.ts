import { z } from 'astro/zod';
import { entryId, localizedText } from './localized';

export const editorialNoteSchema = z.strictObject({
  id: entryId.describe('Stable id, referenced by `<Sic id>` in the article and by `editorialNotes` in data.'),
  printed: z.string().min(1).describe('The text exactly as printed.'),
  corrected: z.string().min(1).describe('What the text should read.'),
  note: localizedText.describe("The editor's note shown to readers, in both languages."),
}).describe('An evident misprint of the original print, kept in Korean and corrected in English.');
export type EditorialNote = z.infer<typeof editorialNoteSchema>;
