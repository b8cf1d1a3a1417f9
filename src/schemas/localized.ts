import { z } from 'astro/zod';

/**
 * Where a text comes from:
 * - `source`: verbatim from the print (the Korean article, or English the article prints);
 * - `translation`: the English of a source text;
 * - `editorial`: written by the site's editors (summaries, descriptions, definitions);
 * - `external`: a fact from outside the source, which names its work in `reference`.
 */
export const PROVENANCE_KINDS = ['source', 'translation', 'editorial', 'external'] as const;
export type ProvenanceKind = (typeof PROVENANCE_KINDS)[number];
export const provenanceKind = z.enum(PROVENANCE_KINDS);

/** The kind of each language of a text. */
export type Provenance = { ko: ProvenanceKind; en: ProvenanceKind };

/** An id of content/references.yaml (declared here so the content checks verify it). */
const referenceId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9 and single hyphens)')
  .meta({ references: ['references'] });

/** One text's own kind: a kind, or an external source with the work it comes from. */
export const textOverride = z.union(
  [
    z.enum(['source', 'translation', 'editorial']),
    z.strictObject({
      kind: z.literal('external'),
      reference: z
        .union([referenceId, z.array(referenceId).min(1)])
        .describe('The work(s) the text comes from: an id of content/references.yaml, or a list of them.'),
    }),
  ],
  { error: 'expected source, translation, editorial, or { kind: external, reference: <id of content/references.yaml> }' },
);

/**
 * An entry's texts whose kind differs from what their field declares, by field path: `name` (both
 * languages), `name.en` (one), `outcomes[1].items[0]`, `abbreviation`. An external text names its
 * work: `{ kind: external, reference: <id of content/references.yaml> }`; without one the entry
 * fails to load, naming its file, entry and field.
 */
export const provenanceOverrides = z
  .record(z.string().regex(/^[A-Za-z]/, 'expected a field path such as name or name.en'), textOverride)
  .optional()
  .describe('Texts of this entry whose provenance differs from what their field declares, by field path (`name.en`): source, translation, editorial, or external with its reference.');
export type ProvenanceOverrides = z.infer<typeof provenanceOverrides>;

/** The fields of a text in both languages. */
export const localizedShape = {
  /** The Korean text; for text taken from the article, exactly as printed. */
  ko: z.string().trim().min(1, 'expected non-empty Korean text'),
  /** The English text: a full translation, misprints corrected. */
  en: z.string().trim().min(1, 'expected non-empty English text'),
};

/** Text that must exist in both languages: a missing or empty translation is a schema error. */
export const localizedText = z.strictObject(localizedShape);
export type LocalizedText = z.infer<typeof localizedText>;

/** The kinds a field declares, kept as metadata for the checks, the pages and the downloads. */
const declared = <T extends z.ZodType>(schema: T, provenance: Provenance) => schema.meta({ provenance });

/** Text from the article: Korean verbatim, English translated. */
export const sourceText = declared(localizedText, { ko: 'source', en: 'translation' });
/** Text the article prints in both languages (a term and the English it pairs it with). */
export const printedText = declared(localizedText, { ko: 'source', en: 'source' });
/** Text the site's editors wrote, in both languages. */
export const editorialText = declared(localizedText, { ko: 'editorial', en: 'editorial' });
/** A single-language string printed in the article (an English motto, an original name). */
export const printedString = z.string().min(1).meta({ provenance: 'source' });
/** A single-language string written by the editors. */
export const editorialString = z.string().min(1).meta({ provenance: 'editorial' });

/** A kebab-case identifier, used in URLs and fragments. */
export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id (a-z, 0-9 and single hyphens)');

/** A four-digit year between 1000 and 2100. */
export const year = z.number().int('expected a whole year').min(1000, 'expected a four-digit year').max(2100, 'expected a year no later than 2100');

/** A year and month as printed ("2004. 5" in the source), stored as YYYY-MM. */
export const yearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a date as YYYY-MM');

/**
 * An id of an entry of another collection (or of one of several). The content checks
 * (src/lib/content/integrity.ts) read this metadata and fail the build when the id does not exist.
 */
export const idIn = (...collections: string[]) => entryId.meta({ references: collections });

/** A printed footnote number; it must be a footnote of content/footnotes/. */
export const footnoteNumber = z.number().int().positive().meta({ references: ['footnotes'] });

/** Ids of editorial notes (misprints kept as printed) that attach to this entry. */
export const editorialNoteIds = z.array(idIn('editorialNotes')).min(1).optional();
