/**
 * The JSON Schema of each JSON download, made by zod from the same schemas that validate the
 * content (`z.toJSONSchema`), so the published description of a file is the file's own contract:
 * every field's description, and each text's provenance, come with it.
 */
import { z } from 'astro/zod';
import { localizedText } from '../../schemas/localized';
import { tableMetaSchema } from '../../schemas/table-meta';
import { jsonPath, jsonSchemaPath, type Dataset } from './datasets';

/** The zod schema of a dataset's whole JSON document (see `datasetJson`). */
export function datasetDocumentSchema(dataset: Dataset): z.ZodObject {
  return z
    .strictObject({
      $schema: z.string().describe('The address of this JSON Schema.'),
      dataset: z.literal(dataset.name).describe('The dataset’s name.'),
      title: localizedText.describe('The dataset’s title in both languages.'),
      description: localizedText.describe('What the dataset holds, in both languages.'),
      provenance: z
        .strictObject({ kinds: z.record(z.string(), z.string()), fields: z.record(z.string(), z.record(z.string(), z.unknown())), overrides: z.string() })
        .describe('Where the texts come from: what each kind means (source, translation, editorial, external), what each field declares, and how an entry overrides one text.'),
      source: z.record(z.string(), z.unknown()).describe('The article the data is compiled from: title, magazine, feature, first page.'),
      counts: z.strictObject(Object.fromEntries(dataset.parts.map((part) => [part.key, z.number().int().nonnegative()]))).describe('How many entries each list holds.'),
      ...(dataset.table ? { table: tableMetaSchema.describe('The table’s caption, column headings and source line.') } : {}),
      ...Object.fromEntries(dataset.parts.map((part) => [part.key, z.array(part.schema).describe(part.schema.description ?? part.key)])),
    })
    .describe(`${dataset.title.en} (${jsonPath(dataset.name)}). ${dataset.description.en}`);
}

/** The JSON Schema document, pretty-printed, with its own address as `$id`. */
export function datasetJsonSchema(dataset: Dataset, absolute: (path: string) => string): string {
  const schema = z.toJSONSchema(datasetDocumentSchema(dataset), { target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, $id: absolute(jsonSchemaPath(dataset.name)) }, null, 2)}\n`;
}
