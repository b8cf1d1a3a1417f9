import { z } from 'astro/zod';
import { entryId, localizedText, year } from './localized';

/** A work the article cites in its text or in a table's source line. */
export const referenceSchema = z.strictObject({
  /** Stable id, referenced by `<Ref id>`. */
  id: entryId,
  /** The label as the article prints it in the text, e.g. "Herrschel & Newman 2017". */
  citedAs: z.string().min(1),
  /** Authors or issuing bodies, in the order given. */
  authors: z.array(z.string().min(1)).min(1).optional(),
  /** Year of publication or of the event. */
  year: year.optional(),
  /** Title of the work as the source gives it (or as completed, see `completedFrom`). */
  title: z.string().min(1).optional(),
  /** Publisher, series or event, where known. */
  publisher: z.string().min(1).optional(),
  /** The public URL, only where the source gives one. */
  url: z.url().optional(),
  /** What the work is and where the article cites it, in both languages. */
  description: localizedText,
  /** Where fields the article does not give were completed from; absent when all comes from the article. */
  completedFrom: z.string().min(1).optional(),
});
export type Reference = z.infer<typeof referenceSchema>;
