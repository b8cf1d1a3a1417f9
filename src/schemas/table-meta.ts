import { z } from 'astro/zod';
import { editorialNoteIds, footnoteNumber, localizedShape, provenanceOverrides, sourceText } from './localized';

export const tableMetaSchema = z.strictObject({
  id: z.string().regex(/^(figure|table)-\d+$|^mission-box$/, 'expected figure-N, table-N or mission-box').describe('`figure-1`, `table-1` … `table-4`, `mission-box`.'),
  kind: z.enum(['figure', 'table', 'box']).describe('What it is in the print.'),
  number: z.number().int().positive().optional().describe('The printed number (표1 → 1); absent for the unnumbered box.'),
  title: sourceText.describe('The caption as printed (ko) and translated (en).'),
  columns: z.array(sourceText).min(2).optional().describe('Column headings as printed, left to right (tables only).'),
  source: sourceText.optional().describe('The source line ("자료 …") as printed and translated.'),
  key: z.array(z.strictObject({ ...localizedShape, footnote: footnoteNumber.optional() }).meta({ provenance: { ko: 'source', en: 'translation' } })).optional().describe('Notes under the figure (the key of abbreviations, "주"), each with the footnote the print attaches to it.'),
  editorialNotes: editorialNoteIds.describe('Misprints in the caption or source line.'),
  provenance: provenanceOverrides,
}).describe("Caption and source line of the article's figure, tables and box.");
export type TableMeta = z.infer<typeof tableMetaSchema>;
