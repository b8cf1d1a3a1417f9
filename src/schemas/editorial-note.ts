import { z } from 'astro/zod';
import { editorialString, editorialText, entryId, printedString, provenanceOverrides } from './localized';

export const editorialNoteSchema = z.strictObject({
  id: entryId.describe('Stable id, referenced by `<Sic id>` in the article and by `editorialNotes` in data.'),
  printed: printedString.describe('The text exactly as printed.'),
  corrected: editorialString.describe('What the text should read.'),
  note: editorialText.describe("The editor's note shown to readers, in both languages."),
  provenance: provenanceOverrides,
}).describe('An evident misprint of the original print, kept in Korean and corrected in English.');
export type EditorialNote = z.infer<typeof editorialNoteSchema>;
