/**
 * What the fields of a dataset mean, read from the schemas' own descriptions (zod's
 * `.describe()`), so the data page and the published JSON Schemas cannot drift from the data.
 */
import { z } from 'astro/zod';

/** One documented field: `name` is dotted for a field of a nested object (`originalName.lang`). */
export interface FieldDoc {
  name: string;
  description: string;
}

/** A schema with its optional, nullable or default wrappers taken off. */
function unwrapped(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return unwrapped(schema.unwrap() as z.ZodType);
  return schema;
}

/**
 * The described fields of an object schema, in declaration order. A nested object is listed
 * field by field when its own fields are described in place (`originalName.text`); a shared type
 * such as `localizedText` is listed as the one field that uses it.
 */
export function fieldDocs(schema: z.ZodObject, prefix = ''): FieldDoc[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
    const name = `${prefix}${key}`;
    const own = field.description ? [{ name, description: field.description }] : [];
    const inner = unwrapped(field);
    const nested = inner instanceof z.ZodObject && Object.values(inner.shape as Record<string, z.ZodType>).every((f) => f.description) ? fieldDocs(inner, `${name}.`) : [];
    return [...own, ...nested];
  });
}

/** A field's description; a field without one is a mistake in the schema, named here. */
export function fieldDescription(schema: z.ZodObject, field: string): string {
  const description = (schema.shape as Record<string, z.ZodType | undefined>)[field]?.description;
  if (!description) throw new Error(`The schema "${schema.description ?? '?'}" has no described field "${field}" (src/schemas/)`);
  return description;
}
