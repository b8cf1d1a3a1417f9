import { z } from 'astro/zod';
import { editorialNoteIds, entryId, localizedText } from './localized';

/** A problem area of table 1 (the first column, spanning its rows). */
export const hagueAreaSchema = z.strictObject({
  /** Stable id, e.g. `starting-point`. */
  id: entryId,
  /** Position in the table, from 1. */
  order: z.number().int().positive(),
  /** The area as printed. */
  label: localizedText,
});

/** A row of table 1: the structure and key content of The Hague Agenda on City Diplomacy. */
export const hagueRowSchema = z.strictObject({
  /** Stable id, also the row's anchor. */
  id: entryId,
  /** Position in the table, from 1. */
  order: z.number().int().positive(),
  /** Id of its problem area. */
  area: entryId,
  /** The title cell. */
  title: localizedText,
  /** The key-content cell (one bullet in print). */
  content: localizedText,
  /** Misprints in this row. */
  editorialNotes: editorialNoteIds,
});

/** The draft and the adopted definition of city diplomacy (section 3). */
export const definitionSchema = z.strictObject({
  /** `draft` or `adopted`. */
  id: z.enum(['draft', 'adopted']),
  /** The definition, quoted in Korean as printed and translated. */
  text: localizedText,
  /** What the article says of this definition (how it differs from the other). */
  commentary: localizedText,
  /** Year it was used or adopted, where the article says. */
  year: z.number().int().optional(),
});
export type HagueArea = z.infer<typeof hagueAreaSchema>;
export type HagueRow = z.infer<typeof hagueRowSchema>;
export type Definition = z.infer<typeof definitionSchema>;
