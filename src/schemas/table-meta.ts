import { z } from 'astro/zod';
import { editorialNoteIds, localizedText } from './localized';

/** Caption and source line of the article's figure, tables and box. */
export const tableMetaSchema = z.strictObject({
  /** `figure-1`, `table-1` … `table-4`, `mission-box`. */
  id: z.string().regex(/^(figure|table)-\d+$|^mission-box$/, 'expected figure-N, table-N or mission-box'),
  /** What it is in the print. */
  kind: z.enum(['figure', 'table', 'box']),
  /** The printed number (표1 → 1); absent for the unnumbered box. */
  number: z.number().int().positive().optional(),
  /** The caption as printed (ko) and translated (en). */
  title: localizedText,
  /** Column headings as printed, left to right (tables only). */
  columns: z.array(localizedText).min(2).optional(),
  /** The source line ("자료 …") as printed and translated. */
  source: localizedText.optional(),
  /** Notes under the figure (the key of abbreviations, "주"), each with the footnote the print attaches to it. */
  key: z.array(localizedText.extend({ footnote: z.number().int().positive().optional() })).optional(),
  /** Misprints in the caption or source line. */
  editorialNotes: editorialNoteIds,
});
export type TableMeta = z.infer<typeof tableMetaSchema>;
