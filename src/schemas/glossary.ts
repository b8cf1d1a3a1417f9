import { z } from 'astro/zod';
import { editorialString, editorialText, entryId, idIn, printedText, provenanceOverrides } from './localized';

export const glossaryTermSchema = z.strictObject({
  id: entryId.describe('Stable id: the English term in kebab case (`para-diplomacy`).'),
  term: printedText.describe('The term as the article writes it in Korean, and the English term it pairs it with.'),
  hanja: z.string().regex(/^[\u4e00-\u9fff\u3400-\u4dbf]+$/, 'expected Hanja characters only').meta({ provenance: 'source' }).optional().describe('Hanja, where the article gives them (技識).'),
  aliases: z.array(editorialString).optional().describe('Other spellings a reader may search for (e.g. "paradiplomacy", "다중트랙외교").'),
  definition: editorialText.describe('What the term means in the article, in both languages.'),
  category: z.enum(['actor', 'domain', 'method', 'composite', 'transformation', 'concept']).describe('The family the article puts it in.'),
  related: z.array(idIn('glossary')).optional().describe('Ids of related terms.'),
  provenance: provenanceOverrides,
}).describe('A term the article pairs in Korean and English, or defines.');
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
