import { z } from 'astro/zod';
import { editorialNoteIds, editorialText, entryId, footnoteNumber, idIn, printedString, provenanceOverrides, sourceText, year } from './localized';

export const bodySchema = z.strictObject({
  id: entryId.describe('Stable id.'),
  kind: z.enum([
    'governance',
    'committee',
    'working-group',
    'taskforce',
    'regional-section',
    'metropolitan-section',
    'forum-section',
    'network',
    'conference',
  ]).describe('What kind of body it is.'),
  order: z.number().int().positive().describe('Position within its kind, from 1, in the order the article lists them.'),
  name: sourceText.describe('The name as printed (ko) and its official English name (en).'),
  abbreviation: printedString.optional().describe('Abbreviation, where the article gives one.'),
  year: year.optional().describe('Year founded or held, where the article gives one.'),
  description: sourceText.optional().describe('What the article says it does, in both languages.'),
  note: editorialText.optional().describe('The editors’ note beside the description, in both languages: what the article’s words refer to, and facts from outside the article (marked external, with their reference).'),
  organisation: idIn('organisations').optional().describe('Id of the matching entry in the lineage collection, where there is one.'),
  footnotes: z.array(footnoteNumber).optional().describe('Footnote numbers the print attaches.'),
  editorialNotes: editorialNoteIds.describe('Misprints.'),
  provenance: provenanceOverrides,
}).describe("A part of UCLG's structure or one of its external networks.");
export type Body = z.infer<typeof bodySchema>;

export const missionLineSchema = z.strictObject({
  id: entryId.describe('Stable id.'),
  kind: z.enum(['mission', 'goal', 'task']).describe('Which part of the box it belongs to.'),
  order: z.number().int().positive().describe('Position within its part, from 1.'),
  text: sourceText.describe('The line as printed (ko) and translated (en).'),
  editorialNotes: editorialNoteIds.describe('Misprints in the line.'),
  provenance: provenanceOverrides,
}).describe('A line of the mission / goals / tasks box.');
export type MissionLine = z.infer<typeof missionLineSchema>;
