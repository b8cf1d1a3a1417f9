import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, describeIssues } from './errors';

export interface ListEntry<T> {
  id: string;
  data: T;
  file: string;
}

/**
 * Parses a YAML file holding a list of entries and validates every entry against the schema.
 * All problems of a file are reported at once, each naming the entry and the field.
 */
export function parseYamlList<S extends z.ZodType>(text: string, file: string, schema: S): ListEntry<z.infer<S>>[] {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new ContentError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
  if (!Array.isArray(raw)) throw new ContentError(file, ['expected a list of entries at the top level']);

  const problems: string[] = [];
  const entries: ListEntry<z.infer<S>>[] = [];
  raw.forEach((item: unknown, index) => {
    const id = typeof item === 'object' && item !== null && 'id' in item ? (item as { id: unknown }).id : undefined;
    const label = typeof id === 'string' || typeof id === 'number' ? String(id) : `#${index + 1}`;
    if (typeof id !== 'string') problems.push(`entry ${label}, field "id": expected a string id`);
    const result = schema.safeParse(item);
    if (!result.success) problems.push(...describeIssues(label, result.error));
    else if (typeof id === 'string') entries.push({ id, data: result.data, file });
  });
  if (problems.length > 0) throw new ContentError(file, problems);
  return entries;
}

/** Fails when two entries, in one file or across the files of a collection, share an id. */
export function assertUniqueIds(entries: readonly ListEntry<unknown>[]): void {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first !== undefined) {
      throw new ContentError(entry.file, [`entry "${entry.id}", field "id": duplicate id, already used in ${first}`]);
    }
    seen.set(entry.id, entry.file);
  }
}
