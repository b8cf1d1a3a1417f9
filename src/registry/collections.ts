/**
 * The content collections: for each, its files and its schema, and the order its entries are
 * read in. content.config.ts, the pages (lib/content/collections.ts), the search index, the
 * scripts and the tests all read the collections through this one list.
 */
import type { z } from 'astro/zod';
import { articleSectionSchema } from '../schemas/article';
import { footnoteSchema } from '../schemas/footnote';
import { editorialNoteSchema } from '../schemas/editorial-note';
import { referenceSchema } from '../schemas/reference';
import { tableMetaSchema } from '../schemas/table-meta';
import { organisationSchema } from '../schemas/organisation';
import { congressSchema } from '../schemas/congress';
import { definitionSchema, hagueAreaSchema, hagueRowSchema } from '../schemas/hague-agenda';
import { bodySchema, missionLineSchema } from '../schemas/structure';
import { glossaryTermSchema } from '../schemas/glossary';
import { changeSchema } from '../schemas/change';
import { ARTICLE } from './article';
import { STRATEGY_TABLES } from './strategy-tables';

/** How entries are ordered once loaded (the content store keeps them sorted by id). */
type Order<T> = (a: T, b: T) => number;

export interface YamlCollection<S extends z.ZodType = z.ZodType> {
  /** Its YAML file(s), each a list of entries with an `id`: a glob from the project root. */
  files: string;
  schema: S;
  /** The order of its entries; by id when absent. */
  order?: Order<z.infer<S>>;
  /** What other entries name an entry by, when not its id (footnotes are named by number). */
  key?: (data: z.infer<S>) => string;
}

const yaml = <S extends z.ZodType>(files: string, schema: S, order?: Order<z.infer<S>>, key?: (data: z.infer<S>) => string): YamlCollection<S> => ({
  files,
  schema,
  ...(order ? { order } : {}),
  ...(key ? { key } : {}),
});
const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** The article's sections: MDX, one file per section per language (`ko/01-…`, `en/01-…`). */
export const ARTICLE_SECTIONS = { name: 'articleSections', ...ARTICLE.sections, schema: articleSectionSchema } as const;

/** The strategy tables' collections, declared with their tables. */
const strategyCollections = Object.fromEntries(
  STRATEGY_TABLES.flatMap((table) => [
    [table.groups.collection, yaml(table.groups.files, table.groups.schema, byOrder)],
    [table.rows.collection, yaml(table.rows.files, table.rows.schema, byOrder)],
  ]),
) as {
  [T in (typeof STRATEGY_TABLES)[number] as T['groups']['collection']]: YamlCollection<T['groups']['schema']>;
} & {
  [T in (typeof STRATEGY_TABLES)[number] as T['rows']['collection']]: YamlCollection<T['rows']['schema']>;
};

export const YAML_COLLECTIONS = {
  footnotes: yaml('content/footnotes/*.yaml', footnoteSchema, (a, b) => a.number - b.number, (f) => String(f.number)),
  editorialNotes: yaml('content/editorial-notes/*.yaml', editorialNoteSchema),
  references: yaml('content/references.yaml', referenceSchema),
  tables: yaml('content/tables.yaml', tableMetaSchema),
  organisations: yaml('content/lineage/organisations.yaml', organisationSchema),
  congresses: yaml('content/congresses.yaml', congressSchema, (a, b) => a.ordinal - b.ordinal),
  hagueAreas: yaml('content/hague-agenda/areas.yaml', hagueAreaSchema, byOrder),
  hagueRows: yaml('content/hague-agenda/rows.yaml', hagueRowSchema, byOrder),
  // The draft came first, then the adopted text.
  definitions: yaml('content/hague-agenda/definitions.yaml', definitionSchema, (a, b) => definitionSchema.shape.id.options.indexOf(a.id) - definitionSchema.shape.id.options.indexOf(b.id)),
  ...strategyCollections,
  bodies: yaml('content/structure/bodies.yaml', bodySchema, byOrder),
  missionLines: yaml('content/structure/mission.yaml', missionLineSchema, byOrder),
  glossary: yaml('content/glossary.yaml', glossaryTermSchema),
  // Newest first, then by id.
  changes: yaml('content/changes.yaml', changeSchema, (a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)),
};

export type YamlCollectionName = keyof typeof YAML_COLLECTIONS;
/** The data of one entry of a collection. */
export type EntryData<N extends YamlCollectionName> = z.infer<(typeof YAML_COLLECTIONS)[N]['schema']>;
