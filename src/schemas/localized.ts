import { z } from 'astro/zod';

/** Text that must exist in both languages: a missing or empty translation is a schema error. */
export const localizedText = z.strictObject({
  /** The Korean text; for text taken from the article, exactly as printed. */
  ko: z.string().trim().min(1, 'expected non-empty Korean text'),
  /** The English text: a full translation, misprints corrected. */
  en: z.string().trim().min(1, 'expected non-empty English text'),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** A kebab-case identifier, used in URLs and fragments. */
export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9 and single hyphens)');

/** A four-digit year between 1000 and 2100. */
export const year = z.number().int('expected a whole year').min(1000, 'expected a four-digit year').max(2100, 'expected a year no later than 2100');

/** A year and month as printed ("2004. 5" in the source), stored as YYYY-MM. */
export const yearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a date as YYYY-MM');

/**
 * An id of an entry of another collection (or of one of several). The content checks
 * (src/lib/content/integrity.ts) read this metadata and fail the build when the id does not exist.
 */
export const idIn = (...collections: string[]) => entryId.meta({ references: collections });

/** A printed footnote number; it must be a footnote of content/footnotes/. */
export const footnoteNumber = z.number().int().positive().meta({ references: ['footnotes'] });

/** Ids of editorial notes (misprints kept as printed) that attach to this entry. */
export const editorialNoteIds = z.array(idIn('editorialNotes')).min(1).optional();
