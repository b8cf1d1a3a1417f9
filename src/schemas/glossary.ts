import { z } from 'astro/zod';
import { entryId, localizedText } from './localized';

/** A term the article pairs in Korean and English, or defines. */
export const glossaryTermSchema = z.strictObject({
  /** Stable id: the English term in kebab case (`para-diplomacy`). */
  id: entryId,
  /** The term as the article writes it in Korean, and the English term it pairs it with. */
  term: localizedText,
  /** Hanja, where the article gives them (技識). */
  hanja: z.string().regex(/^[\u4e00-\u9fff\u3400-\u4dbf]+$/, 'expected Hanja characters only').optional(),
  /** Other spellings a reader may search for (e.g. "paradiplomacy", "다중트랙외교"). */
  aliases: z.array(z.string().min(1)).optional(),
  /** What the term means in the article, in both languages. */
  definition: localizedText,
  /** The family the article puts it in. */
  category: z.enum(['actor', 'domain', 'method', 'composite', 'transformation', 'concept']),
  /** Ids of related terms. */
  related: z.array(entryId).optional(),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
