/**
 * The structured content read straight from its YAML files, outside Astro's content layer: for
 * the search index (which runs after the pages are built), the scripts and the tests. Pages read
 * the same collections through `loadContent()` (collections.ts); both take the files, the
 * schemas and the order from registry/collections.ts, so they see the same entries.
 */
import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { YAML_COLLECTIONS, type EntryData, type YamlCollectionName } from '../../registry/collections';
import { assertUniqueIds, parseYamlList } from './yaml-list';

/** One entry as pages see it: its id, its validated data and the file it came from. */
export interface Entry<T> {
  id: string;
  data: T;
  filePath?: string | undefined;
}

/** Every YAML collection, its entries in order. */
export type DataContent = { [N in YamlCollectionName]: Entry<EntryData<N>>[] };

/** A collection's entries in the registry's order (by id where it gives none). */
export function ordered<N extends YamlCollectionName>(name: N, entries: readonly Entry<EntryData<N>>[]): Entry<EntryData<N>>[] {
  const order = YAML_COLLECTIONS[name].order as ((a: EntryData<N>, b: EntryData<N>) => number) | undefined;
  const byId = (a: Entry<unknown>, b: Entry<unknown>) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...entries].sort((a, b) => (order ? order(a.data, b.data) : 0) || byId(a, b));
}

/** Reads one collection's files (sorted by name), validating every entry. */
export async function readCollection<N extends YamlCollectionName>(name: N, root = '.'): Promise<Entry<EntryData<N>>[]> {
  const { files: pattern, schema } = YAML_COLLECTIONS[name];
  const files = (await Array.fromAsync(glob(pattern, { cwd: root }))).sort();
  if (files.length === 0) throw new Error(`No content file matches ${pattern}`);
  const entries = [];
  for (const file of files) {
    const list = parseYamlList(await readFile(join(root, file), 'utf8'), file, schema);
    entries.push(...list.map((entry) => ({ id: entry.id, data: entry.data as EntryData<N>, filePath: file })));
  }
  assertUniqueIds(entries.map((e) => ({ id: e.id, data: e.data, file: e.filePath })));
  return ordered(name, entries);
}

/** Every YAML collection of the project at `root`. */
export async function readDataContent(root = '.'): Promise<DataContent> {
  const names = Object.keys(YAML_COLLECTIONS) as YamlCollectionName[];
  const lists = await Promise.all(names.map((name) => readCollection(name, root)));
  return Object.fromEntries(names.map((name, i) => [name, lists[i]])) as DataContent;
}
