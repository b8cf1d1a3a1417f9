import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { YamlCollectionName } from '../../registry/collections';
import { readCollection } from './read';

/**
 * Astro's loader for a YAML collection of registry/collections.ts: one or more files, each a list
 * of entries with an `id`. Unlike Astro's `file()` loader it fails on a duplicate id (across files
 * too) and names the file, the entry and the field of every invalid value.
 */
export function yamlList(name: YamlCollectionName): Loader {
  return {
    name: 'yaml-list',
    load: async ({ store, parseData, config, generateDigest, watcher }) => {
      const root = fileURLToPath(config.root);
      const entries = await readCollection(name, root);
      store.clear();
      for (const entry of entries) {
        watcher?.add(`${root}/${entry.filePath}`);
        const file = entry.filePath === undefined ? {} : { filePath: entry.filePath };
        const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, ...file });
        store.set({ id: entry.id, data, digest: generateDigest(data), ...file });
      }
    },
  };
}

