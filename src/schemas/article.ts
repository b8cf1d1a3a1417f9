import { z } from 'astro/zod';
import { textOverride } from './localized';

export const articleSectionSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'expected the section heading').describe('The section heading as printed (Korean) or translated (English).'),
    provenance: z
      .record(z.string().regex(/^s\d+-[ph]\d+$/, 'expected a block id such as s2-p3'), textOverride)
      .optional()
      .describe(
        'Blocks of this edition whose provenance differs from the file’s (Korean: source; English: translation), by block id: a paragraph of the English edition that quotes published wording or states a fact from outside the article names its work, `s2-p3: { kind: external, reference: rabat-declaration-2013 }`.',
      ),
  })
  .describe('Frontmatter of one article section (one MDX file per section per language).');
