import { z } from 'astro/zod';
import { editorialNoteIds, entryId, provenanceOverrides, sourceText } from './localized';

export const bogotaLevelSchema = z.strictObject({
  id: entryId.describe('`local`, `national`, `international`.'),
  order: z.number().int().positive().describe('Position in the table, from 1.'),
  label: sourceText.describe('The level cell ("지방 차원").'),
  goal: sourceText.describe("The goal-and-direction cell that spans the level's rows."),
  provenance: provenanceOverrides,
}).describe('A level of table 3 (local, national, international) with its goal and direction.');

export const bogotaActionSchema = z.strictObject({
  id: entryId.describe("Stable id, also the row's anchor."),
  order: z.number().int().positive().describe('Position in the table, from 1.'),
  level: entryId.describe('Id of its level.'),
  sector: sourceText.describe('The sector cell (set by the author, per the source line).'),
  action: sourceText.describe('The recommended action (one bullet in print).'),
  editorialNotes: editorialNoteIds.describe('Misprints in this row.'),
  provenance: provenanceOverrides,
}).describe('A row of table 3: a line of action of the Bogotá Commitment and Action Agenda.');

export const seoulCategorySchema = z.strictObject({
  id: entryId.describe('Stable id, e.g. `situational-intelligence`.'),
  order: z.number().int().positive().describe('Position in the table, from 1.'),
  label: sourceText.describe('The category cell as printed.'),
  provenance: provenanceOverrides,
}).describe('A strategy category of table 4.');

export const seoulStrategySchema = z.strictObject({
  id: entryId.describe("Stable id, also the row's anchor."),
  order: z.number().int().positive().describe('Position in the table, from 1.'),
  category: entryId.describe('Id of its category.'),
  focus: sourceText.describe('The policy-focus cell.'),
  considerations: z.array(sourceText).min(1).describe('The policy considerations, one per bullet in print.'),
  editorialNotes: editorialNoteIds.describe('Misprints in this row.'),
  provenance: provenanceOverrides,
}).describe('A row of table 4: a policy focus of the city-diplomacy strategy for Seoul.');
export type BogotaLevel = z.infer<typeof bogotaLevelSchema>;
export type BogotaAction = z.infer<typeof bogotaActionSchema>;
export type SeoulCategory = z.infer<typeof seoulCategorySchema>;
export type SeoulStrategy = z.infer<typeof seoulStrategySchema>;
