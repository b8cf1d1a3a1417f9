import { z } from 'astro/zod';
import { entryId, localizedText, year } from './localized';

export const referenceSchema = z.strictObject({
  id: entryId.describe('Stable id, referenced by `<Ref id>`.'),
  citedAs: z.string().min(1).describe('The label as the article prints it in the text, e.g. "Herrschel & Newman 2017".'),
  authors: z.array(z.string().min(1)).min(1).optional().describe('Authors or issuing bodies, in the order given.'),
  year: year.optional().describe('Year of publication or of the event.'),
  title: z.string().min(1).optional().describe('Title of the work as the source gives it (or as completed, see `completedFrom`).'),
  publisher: z.string().min(1).optional().describe('Publisher, series or event, where known.'),
  url: z.url().optional().describe('The public URL, only where the source gives one.'),
  description: localizedText.describe('What the work is and where the article cites it, in both languages.'),
  completedFrom: z.string().min(1).optional().describe('Where fields the article does not give were completed from; absent when all comes from the article.'),
}).describe("A work the article cites in its text or in a table's source line.");
export type Reference = z.infer<typeof referenceSchema>;
