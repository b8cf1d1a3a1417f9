import { z } from 'astro/zod';
import { FIXED_PAGES, type PageKey } from '../registry/sections';
import { editorialText, entryId, footnoteNumber, idIn } from './localized';

// Every fixed page the sections registry declares (lineage, parallel, the strategy tables…).
const pageKeys = FIXED_PAGES.map((page) => page.key) as [PageKey, ...PageKey[]];

/** What a correction affects, linked from the revision history: one key naming one thing. */
export const changeTargetSchema = z
  .union([
    z.strictObject({ article: z.string().regex(/^s\d+(?:-[ph]\d+)?$/, 'expected a block id such as s3-p4').describe('A section (`s3`) or block (`s3-p4`) of the article.') }),
    z.strictObject({ footnote: footnoteNumber.describe('A footnote, by its printed number.') }),
    z.strictObject({ glossary: idIn('glossary').describe('A glossary term.') }),
    z.strictObject({ organisation: idIn('organisations').describe('An organisation of the lineage or one the article names.') }),
    z.strictObject({ body: idIn('bodies').describe('A body of UCLG’s structure or an external network.') }),
    z.strictObject({ congress: idIn('congresses').describe('A World Congress.') }),
    z.strictObject({ table: idIn('tables').describe('The figure, a table or the box.') }),
    z.strictObject({ reference: idIn('references').describe('A work the article cites.') }),
    z.strictObject({ page: z.enum(pageKeys).describe('A page of the site, by its key.') }),
  ])
  .describe('What the correction affects: one of article, footnote, glossary, organisation, body, congress, table, reference or page.');

/** A correction to published text, for the dated revision history (/ko/changes/, /en/changes/). */
export const changeSchema = z
  .strictObject({
    id: entryId.describe('Stable id, also the entry’s anchor on the revision history.'),
    date: z.iso.date('expected a date as YYYY-MM-DD').describe('When the correction was published (YYYY-MM-DD).'),
    summary: editorialText.describe('What changed, in both languages.'),
    reason: editorialText.describe('Why it changed, in both languages.'),
    affects: z.array(changeTargetSchema).min(1).describe('What it affects, each linked from the entry.'),
  })
  .describe('A correction to published text, dated, with what it changed, why, and what it affects.');
export type Change = z.infer<typeof changeSchema>;
export type ChangeTarget = z.infer<typeof changeTargetSchema>;
