import { z } from 'astro/zod';
import { editorialString, editorialText, entryId, printedString, provenanceOverrides, year } from './localized';

export const referenceSchema = z.strictObject({
  id: entryId.describe('Stable id, referenced by `<Ref id>`.'),
  citedAs: printedString.describe('The label as the article prints it in the text, e.g. "Herrschel & Newman 2017".'),
  authors: z.array(printedString).min(1).optional().describe('Authors or issuing bodies, in the order given.'),
  year: year.optional().describe('Year of publication or of the event.'),
  title: printedString.optional().describe('Title of the work as the source gives it, or as completed from outside (then `completedFrom` says from where).'),
  publisher: printedString.optional().describe('Publisher, series or event, where known.'),
  url: z.url().optional().describe('The public URL, only where the source gives one.'),
  description: editorialText.describe('What the work is and where the article cites it, in both languages.'),
  citedBy: z.enum(['article', 'editors']).optional().describe('Who cites the work: the article (when absent) or the site’s editors, who used it to check a fact from outside the article.'),
  completedFrom: editorialString.optional().describe('Where fields the article does not give were completed from; absent when all comes from the article.'),
  provenance: provenanceOverrides,
}).describe("A work the article cites in its text or in a table's source line.");
export type Reference = z.infer<typeof referenceSchema>;
