import { z } from 'astro/zod';

export const articleSectionSchema = z.strictObject({
  title: z.string().trim().min(1, 'expected the section heading').describe('The section heading as printed (Korean) or translated (English).'),
}).describe('Frontmatter of one article section (one MDX file per section per language).');
