import { z } from 'astro/zod';
import { editorialNoteIds, entryId, localizedText, year } from './localized';

/** A part of UCLG's structure or one of its external networks. */
export const bodySchema = z.strictObject({
  /** Stable id. */
  id: entryId,
  /** What kind of body it is. */
  kind: z.enum([
    'governance',
    'committee',
    'working-group',
    'taskforce',
    'regional-section',
    'metropolitan-section',
    'forum-section',
    'network',
  ]),
  /** Position within its kind, from 1, in the order the article lists them. */
  order: z.number().int().positive(),
  /** The name as printed (ko) and its official English name (en). */
  name: localizedText,
  /** Abbreviation, where the article gives one. */
  abbreviation: z.string().min(1).optional(),
  /** Year founded or held, where the article gives one. */
  year: year.optional(),
  /** What the article says it does, in both languages. */
  description: localizedText.optional(),
  /** Id of the matching entry in the lineage collection, where there is one. */
  organisation: entryId.optional(),
  /** Footnote numbers the print attaches. */
  footnotes: z.array(z.number().int().positive()).optional(),
  /** Misprints. */
  editorialNotes: editorialNoteIds,
});
export type Body = z.infer<typeof bodySchema>;

/** A line of the mission / goals / tasks box. */
export const missionLineSchema = z.strictObject({
  /** Stable id. */
  id: entryId,
  /** Which part of the box it belongs to. */
  kind: z.enum(['mission', 'goal', 'task']),
  /** Position within its part, from 1. */
  order: z.number().int().positive(),
  /** The line as printed (ko) and translated (en). */
  text: localizedText,
  /** Misprints in the line. */
  editorialNotes: editorialNoteIds,
});
export type MissionLine = z.infer<typeof missionLineSchema>;
