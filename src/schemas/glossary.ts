import { z } from 'astro/zod';
import { entryId, idIn, localizedText } from './localized';

export const glossaryTermSchema = z.strictObject({
  id: entryId.describe('Stable id: the English term in kebab case (`para-diplomacy`).'),
  term: localizedText.describe('The term as the article writes it in Korean, and the English term it pairs it with.'),
  hanja: z.string().regex(/^[\u4e00-\u9fff\u3400-\u4dbf]+$/, 'expected Hanja characters only').optional().describe('Hanja, where the article gives them (技識).'),
  aliases: z.array(z.string().min(1)).optional().describe('Other spellings a reader may search for (e.g. "paradiplomacy", "다중트랙외교").'),
  definition: localizedText.describe('What the term means in the article, in both languages.'),
  category: z.enum(['actor', 'domain', 'method', 'composite', 'transformation', 'concept']).describe('The family the article puts it in.'),
  related: z.array(idIn('glossary')).optional().describe('Ids of related terms.'),
}).describe('A term the article pairs in Korean and English, or defines.');
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
