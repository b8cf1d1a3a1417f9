import { z } from 'astro/zod';
import { editorialNoteIds, entryId, localizedText, year } from './localized';

/** An organisation of UCLG's lineage (figure 1) or one the article names beside it. */
export const organisationSchema = z.strictObject({
  /** Stable id, e.g. `uiv`, `iula`, `fmcu-uto`. */
  id: entryId,
  /** The abbreviation as the article writes it (UIV, FMVJ-UTO, METROPOLIS). */
  abbreviation: z.string().min(1),
  /** The name in the organisation's own language as the article gives it (French, Spanish …). */
  originalName: z
    .strictObject({
      /** The name as printed. */
      text: z.string().min(1),
      /** BCP 47 code of its language (fr, es, en). */
      lang: z.string().regex(/^[a-z]{2}$/, 'expected a two-letter language code'),
    })
    .optional(),
  /** The Korean name as printed, and the English name. */
  name: localizedText,
  /** Where it stands in the article: the lineage of figure 1, a regional section, or a related body. */
  role: z.enum(['lineage', 'section', 'network', 'related']),
  /** Founding year, where the article gives one. */
  founded: year.optional(),
  /** Where it was founded, where the article says. */
  place: localizedText.optional(),
  /** Purposes, as the figure's bullets give them. */
  purposes: z.array(localizedText).optional(),
  /** What the article says of it, in both languages. */
  description: localizedText.optional(),
  /** Ids of the organisations it grew out of or merged from. */
  predecessors: z.array(entryId).optional(),
  /** Footnote numbers that attach to it. */
  footnotes: z.array(z.number().int().positive()).optional(),
  /** Misprints in its printed name. */
  editorialNotes: editorialNoteIds,
});
export type Organisation = z.infer<typeof organisationSchema>;
