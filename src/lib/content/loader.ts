import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { glob } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { assertUniqueIds, parseYamlList, type ListEntry } from './yaml-list';

/**
 * Loads a collection from one or more YAML files, each a list of entries with an `id`.
 * Unlike Astro's `file()` loader it fails on a duplicate id (across files too) and names the
 * file, the entry and the field of every invalid value.
 */
export function yamlList<S extends z.ZodType>(pattern: string, schema: S): Loader {
  return {
    name: 'yaml-list',
    load: async ({ store, parseData, config, generateDigest, watcher }) => {
      const root = fileURLToPath(config.root);
      const files: string[] = [];
      for await (const file of glob(pattern, { cwd: root })) files.push(file);
      files.sort();
      if (files.length === 0) throw new Error(`No content file matches ${pattern}`);

      const entries: ListEntry<z.infer<S>>[] = [];
      for (const file of files) {
        const text = await readFile(`${root}/${file}`, 'utf8');
        entries.push(...parseYamlList(text, relative(root, `${root}/${file}`), schema));
        watcher?.add(`${root}/${file}`);
      }
      assertUniqueIds(entries);

      store.clear();
      for (const entry of entries) {
        const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: entry.file });
        store.set({ id: entry.id, data, digest: generateDigest(data), filePath: entry.file });
      }
    },
  };
}
