import { z } from 'astro/zod';
import { editorialNoteIds, entryId, idIn, provenanceOverrides, sourceText } from './localized';

export const hagueAreaSchema = z.strictObject({
  id: entryId.describe('Stable id, e.g. `starting-point`.'),
  order: z.number().int().positive().describe('Position in the table, from 1.'),
  label: sourceText.describe('The area as printed.'),
  provenance: provenanceOverrides,
}).describe('A problem area of table 1 (the first column, spanning its rows).');

export const hagueRowSchema = z.strictObject({
  id: entryId.describe("Stable id, also the row's anchor."),
  order: z.number().int().positive().describe('Position in the table, from 1.'),
  area: idIn('hagueAreas').describe('Id of its problem area.'),
  title: sourceText.describe('The title cell.'),
  content: sourceText.describe('The key-content cell (one bullet in print).'),
  editorialNotes: editorialNoteIds.describe('Misprints in this row.'),
  provenance: provenanceOverrides,
}).describe('A row of table 1: the structure and key content of The Hague Agenda on City Diplomacy.');

export const definitionSchema = z.strictObject({
  id: z.enum(['draft', 'adopted']).describe('`draft` or `adopted`.'),
  text: sourceText.describe('The definition, quoted in Korean as printed and translated.'),
  commentary: sourceText.describe('What the article says of this definition (how it differs from the other).'),
  year: z.number().int().optional().describe('Year it was used or adopted, where the article says.'),
  provenance: provenanceOverrides,
}).describe('The draft and the adopted definition of city diplomacy (section 3).');
export type HagueArea = z.infer<typeof hagueAreaSchema>;
export type HagueRow = z.infer<typeof hagueRowSchema>;
export type Definition = z.infer<typeof definitionSchema>;
