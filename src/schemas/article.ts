import { z } from 'astro/zod';

/** Frontmatter of one article section (one MDX file per section per language). */
export const articleSectionSchema = z.strictObject({
  /** The section heading as printed (Korean) or translated (English). */
  title: z.string().trim().min(1, 'expected the section heading'),
});
export type ArticleSection = z.infer<typeof articleSectionSchema>;
