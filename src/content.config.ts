// Wires each collection's loader to its schema; the schemas live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlList } from './lib/content/loader';
import { articleSectionSchema } from './schemas/article';
import { footnoteSchema } from './schemas/footnote';
import { editorialNoteSchema } from './schemas/editorial-note';
import { referenceSchema } from './schemas/reference';
import { tableMetaSchema } from './schemas/table-meta';
import { organisationSchema } from './schemas/organisation';
import { congressSchema } from './schemas/congress';
import { definitionSchema, hagueAreaSchema, hagueRowSchema } from './schemas/hague-agenda';
import { bogotaActionSchema, bogotaLevelSchema, seoulCategorySchema, seoulStrategySchema } from './schemas/strategy';
import { bodySchema, missionLineSchema } from './schemas/structure';
import { glossaryTermSchema } from './schemas/glossary';

const list = <S extends Parameters<typeof yamlList>[1]>(pattern: string, schema: S) =>
  defineCollection({ loader: yamlList(pattern, schema), schema });

export const collections = {
  articleSections: defineCollection({
    loader: glob({ pattern: '{ko,en}/*.mdx', base: './content/article' }),
    schema: articleSectionSchema,
  }),
  footnotes: list('content/footnotes/*.yaml', footnoteSchema),
  editorialNotes: list('content/editorial-notes/*.yaml', editorialNoteSchema),
  references: list('content/references.yaml', referenceSchema),
  tables: list('content/tables.yaml', tableMetaSchema),
  organisations: list('content/lineage/organisations.yaml', organisationSchema),
  congresses: list('content/congresses.yaml', congressSchema),
  hagueAreas: list('content/hague-agenda/areas.yaml', hagueAreaSchema),
  hagueRows: list('content/hague-agenda/rows.yaml', hagueRowSchema),
  definitions: list('content/hague-agenda/definitions.yaml', definitionSchema),
  bogotaLevels: list('content/strategy/bogota-levels.yaml', bogotaLevelSchema),
  bogotaActions: list('content/strategy/bogota-actions.yaml', bogotaActionSchema),
  seoulCategories: list('content/strategy/seoul-categories.yaml', seoulCategorySchema),
  seoulStrategies: list('content/strategy/seoul-strategies.yaml', seoulStrategySchema),
  bodies: list('content/structure/bodies.yaml', bodySchema),
  missionLines: list('content/structure/mission.yaml', missionLineSchema),
  glossary: list('content/glossary.yaml', glossaryTermSchema),
};
