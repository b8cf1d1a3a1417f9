import { z } from 'astro/zod';
import { editorialNoteIds, editorialText, entryId, footnoteNumber, idIn, printedString, provenanceOverrides, sourceText, year } from './localized';

export const organisationSchema = z.strictObject({
  id: entryId.describe('Stable id, e.g. `uiv`, `iula`, `fmcu-uto`.'),
  abbreviation: printedString.describe('The abbreviation as the article writes it (UIV, FMVJ-UTO, METROPOLIS).'),
  originalName: z
    .strictObject({
      text: printedString.describe('The name as printed.'),
      lang: z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code').describe('BCP 47 code of its language (fr, es, en).'),
    })
    .optional().describe("The name in the organisation's own language as the article gives it (French, Spanish …)."),
  name: sourceText.describe('The Korean name as printed, and the English name.'),
  role: z.enum(['lineage', 'section', 'network', 'related']).describe('Where it stands in the article: the lineage of figure 1, a regional section, or a related body.'),
  founded: year.optional().describe('Founding year, where the article gives one.'),
  place: sourceText.optional().describe('Where it was founded, where the article says.'),
  purposes: z.array(sourceText).optional().describe("Purposes, as the figure's bullets give them."),
  description: editorialText.optional().describe('What the article says of it, in both languages.'),
  predecessors: z.array(idIn('organisations')).optional().describe('Ids of the organisations it grew out of or merged from.'),
  footnotes: z.array(footnoteNumber).optional().describe('Footnote numbers that attach to it.'),
  editorialNotes: editorialNoteIds.describe('Misprints in its printed name.'),
  provenance: provenanceOverrides,
}).describe("An organisation of UCLG's lineage (figure 1) or one the article names beside it.");
export type Organisation = z.infer<typeof organisationSchema>;
