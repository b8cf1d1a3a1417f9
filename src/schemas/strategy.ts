import { z } from 'astro/zod';
import { editorialNoteIds, entryId, localizedText } from './localized';

/** A level of table 3 (local, national, international) with its goal and direction. */
export const bogotaLevelSchema = z.strictObject({
  /** `local`, `national`, `international`. */
  id: entryId,
  /** Position in the table, from 1. */
  order: z.number().int().positive(),
  /** The level cell ("지방 차원"). */
  label: localizedText,
  /** The goal-and-direction cell that spans the level's rows. */
  goal: localizedText,
});

/** A row of table 3: a line of action of the Bogotá Commitment and Action Agenda. */
export const bogotaActionSchema = z.strictObject({
  /** Stable id, also the row's anchor. */
  id: entryId,
  /** Position in the table, from 1. */
  order: z.number().int().positive(),
  /** Id of its level. */
  level: entryId,
  /** The sector cell (set by the author, per the source line). */
  sector: localizedText,
  /** The recommended action (one bullet in print). */
  action: localizedText,
  /** Misprints in this row. */
  editorialNotes: editorialNoteIds,
});

/** A strategy category of table 4. */
export const seoulCategorySchema = z.strictObject({
  /** Stable id, e.g. `situational-intelligence`. */
  id: entryId,
  /** Position in the table, from 1. */
  order: z.number().int().positive(),
  /** The category cell as printed. */
  label: localizedText,
});

/** A row of table 4: a policy focus of the city-diplomacy strategy for Seoul. */
export const seoulStrategySchema = z.strictObject({
  /** Stable id, also the row's anchor. */
  id: entryId,
  /** Position in the table, from 1. */
  order: z.number().int().positive(),
  /** Id of its category. */
  category: entryId,
  /** The policy-focus cell. */
  focus: localizedText,
  /** The policy considerations, one per bullet in print. */
  considerations: z.array(localizedText).min(1),
  /** Misprints in this row. */
  editorialNotes: editorialNoteIds,
});
export type BogotaLevel = z.infer<typeof bogotaLevelSchema>;
export type BogotaAction = z.infer<typeof bogotaActionSchema>;
export type SeoulCategory = z.infer<typeof seoulCategorySchema>;
export type SeoulStrategy = z.infer<typeof seoulStrategySchema>;
