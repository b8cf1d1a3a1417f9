import { z } from 'astro/zod';
import { editorialNoteIds, entryId, footnoteNumber, idIn, printedString, provenanceOverrides, sourceText, yearMonth } from './localized';

export const congressOutcomeSchema = z.strictObject({
  heading: sourceText.describe('The heading of the group as printed ("UCLG창설").'),
  items: z.array(sourceText).describe('The bullets under it.'),
  footnote: footnoteNumber.optional().describe('A footnote number that the print attaches to the heading.'),
  links: z.array(idIn('tables', 'references', 'organisations', 'glossary')).optional().describe('Ids of collections entries this outcome names (documents, organisations).'),
}).describe('One group of decisions in table 2: a heading and its bullets.');

export const congressSchema = z.strictObject({
  id: entryId.describe('`YYYY-city`, e.g. `2004-paris`.'),
  ordinal: z.number().int().positive().describe('1 for the first congress.'),
  date: yearMonth.describe('Year and month as printed.'),
  city: sourceText.describe('Host city.'),
  country: sourceText.describe('Host country.'),
  purpose: sourceText.describe("Background and purpose, as the table's second column gives it."),
  motto: printedString.describe('The congress motto, in English as printed.'),
  outcomes: z.array(congressOutcomeSchema).min(1).describe('Main content and decisions: headed groups of bullets.'),
  gold: z.string().regex(/^GOLD [IVX]+$/, 'expected GOLD and a Roman numeral').meta({ provenance: 'source' }).optional().describe('The GOLD report adopted or prepared, as printed ("GOLD II").'),
  footnotes: z.array(footnoteNumber).optional().describe('Footnote numbers that attach to this congress.'),
  editorialNotes: editorialNoteIds.describe('Misprints in this row.'),
  provenance: provenanceOverrides,
}).describe('A UCLG World Congress (table 2).');
export type Congress = z.infer<typeof congressSchema>;
