import { z } from 'astro/zod';
import { editorialNoteIds, entryId, footnoteNumber, idIn, localizedText, year } from './localized';

export const organisationSchema = z.strictObject({
  id: entryId.describe('Stable id, e.g. `uiv`, `iula`, `fmcu-uto`.'),
  abbreviation: z.string().min(1).describe('The abbreviation as the article writes it (UIV, FMVJ-UTO, METROPOLIS).'),
  originalName: z
    .strictObject({
      text: z.string().min(1).describe('The name as printed.'),
      lang: z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code').describe('BCP 47 code of its language (fr, es, en).'),
    })
    .optional().describe("The name in the organisation's own language as the article gives it (French, Spanish …)."),
  name: localizedText.describe('The Korean name as printed, and the English name.'),
  role: z.enum(['lineage', 'section', 'network', 'related']).describe('Where it stands in the article: the lineage of figure 1, a regional section, or a related body.'),
  founded: year.optional().describe('Founding year, where the article gives one.'),
  place: localizedText.optional().describe('Where it was founded, where the article says.'),
  purposes: z.array(localizedText).optional().describe("Purposes, as the figure's bullets give them."),
  description: localizedText.optional().describe('What the article says of it, in both languages.'),
  predecessors: z.array(idIn('organisations')).optional().describe('Ids of the organisations it grew out of or merged from.'),
  footnotes: z.array(footnoteNumber).optional().describe('Footnote numbers that attach to it.'),
  editorialNotes: editorialNoteIds.describe('Misprints in its printed name.'),
}).describe("An organisation of UCLG's lineage (figure 1) or one the article names beside it.");
export type Organisation = z.infer<typeof organisationSchema>;
