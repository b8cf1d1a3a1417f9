import { z } from 'astro/zod';
import { editorialNoteIds, entryId, localizedText, yearMonth } from './localized';

/** One group of decisions in table 2: a heading and its bullets. */
export const congressOutcomeSchema = z.strictObject({
  /** The heading of the group as printed ("UCLG창설"). */
  heading: localizedText,
  /** The bullets under it. */
  items: z.array(localizedText),
  /** A footnote number that the print attaches to the heading. */
  footnote: z.number().int().positive().optional(),
  /** Ids of collections entries this outcome names (documents, organisations). */
  links: z.array(z.string().min(1)).optional(),
});

/** A UCLG World Congress (table 2). */
export const congressSchema = z.strictObject({
  /** `YYYY-city`, e.g. `2004-paris`. */
  id: entryId,
  /** 1 for the first congress. */
  ordinal: z.number().int().positive(),
  /** Year and month as printed. */
  date: yearMonth,
  /** Host city. */
  city: localizedText,
  /** Host country. */
  country: localizedText,
  /** Background and purpose, as the table's second column gives it. */
  purpose: localizedText,
  /** The congress motto, in English as printed. */
  motto: z.string().min(1),
  /** Main content and decisions: headed groups of bullets. */
  outcomes: z.array(congressOutcomeSchema).min(1),
  /** The GOLD report adopted or prepared, as printed ("GOLD II"). */
  gold: z.string().regex(/^GOLD [IVX]+$/, 'expected GOLD and a Roman numeral').optional(),
  /** Footnote numbers that attach to this congress. */
  footnotes: z.array(z.number().int().positive()).optional(),
  /** Misprints in this row. */
  editorialNotes: editorialNoteIds,
});
export type Congress = z.infer<typeof congressSchema>;
export type CongressOutcome = z.infer<typeof congressOutcomeSchema>;
