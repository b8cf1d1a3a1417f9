// Wires each collection of registry/collections.ts to its loader and schema.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ARTICLE_SECTIONS, YAML_COLLECTIONS, type YamlCollectionName } from './registry/collections';
import { yamlList } from './lib/content/loader';

const yamlCollection = <N extends YamlCollectionName>(name: N) =>
  defineCollection({ loader: yamlList(name), schema: YAML_COLLECTIONS[name].schema as (typeof YAML_COLLECTIONS)[N]['schema'] });

const yamlCollections = Object.fromEntries((Object.keys(YAML_COLLECTIONS) as YamlCollectionName[]).map((name) => [name, yamlCollection(name)])) as {
  [N in YamlCollectionName]: ReturnType<typeof yamlCollection<N>>;
};

export const collections = {
  [ARTICLE_SECTIONS.name]: defineCollection({
    loader: glob({ pattern: ARTICLE_SECTIONS.pattern, base: `./${ARTICLE_SECTIONS.base}` }),
    schema: ARTICLE_SECTIONS.schema,
  }),
  ...yamlCollections,
};
