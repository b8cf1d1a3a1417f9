/**
 * Cross-collection checks that a per-entry schema cannot make: every id an entry names must exist
 * in the collection it points to, and the two editions of each article section must have the
 * same blocks. What points where is not listed here but read from the declarations: the schemas'
 * `references` metadata (schemas/localized.ts `idIn`, `footnoteNumber`), the strategy tables'
 * group fields (registry/strategy-tables.ts) and the MDX components' attributes
 * (registry/mdx-components.ts, as the markdown pipeline recorded their uses).
 */
import { z } from 'astro/zod';
import { YAML_COLLECTIONS, type YamlCollectionName } from '../../registry/collections';
import { MDX_COMPONENTS, isMdxComponent } from '../../registry/mdx-components';
import { STRATEGY_TABLES } from '../../registry/strategy-tables';
import type { ComponentUse, SectionRecord } from '../article/markdown/article-blocks';
import type { DataContent } from './read';
import { unknownOverrides } from './provenance';

/** One reference from an entry to another collection. */
export interface IdReference {
  /** The file that holds the referring entry. */
  file: string;
  /** The referring entry's id. */
  entry: string;
  /** The field that names the other id. */
  field: string;
  /** The id named. */
  target: string;
  /** The collection(s) it must exist in (any of them). */
  collection: string | readonly string[];
}

/** Lists every reference whose target does not exist, as `file: entry "x", field "y": …` lines. */
export function findBrokenReferences(references: readonly IdReference[], known: Record<string, ReadonlySet<string>>): string[] {
  return references
    .filter((ref) => ![ref.collection].flat().some((collection) => known[collection]?.has(ref.target)))
    .map(
      (ref) =>
        `${ref.file}: entry "${ref.entry}", field "${ref.field}": expected an id of ${[ref.collection].flat().join(' or ')}, found "${ref.target}" which does not exist`,
    );
}

/** The collections a schema node says its value names (`.meta({ references })`), if any. */
function referencesOf(schema: z.ZodType): readonly string[] | undefined {
  const references = z.globalRegistry.get(schema)?.['references'];
  return Array.isArray(references) ? (references as string[]) : undefined;
}

/**
 * Every id a value names, found by walking it alongside its schema: `field` is the path
 * (`outcomes[2].links`), `collection` what the schema's metadata says it names.
 */
export function schemaReferences(schema: z.ZodType, value: unknown, path = ''): { field: string; target: string; collection: readonly string[] }[] {
  if (value === undefined || value === null) return [];
  const collections = referencesOf(schema);
  if (collections) return [{ field: path, target: String(value), collection: collections }];
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return schemaReferences(schema.unwrap() as z.ZodType, value, path);
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((item, i) => schemaReferences(schema.element as z.ZodType, item, `${path}[${i}]`));
  }
  if (schema instanceof z.ZodObject && typeof value === 'object') {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      schemaReferences(field, (value as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
    );
  }
  if (schema instanceof z.ZodRecord && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => schemaReferences(schema.valueType as z.ZodType, item, `${path}.${key}`));
  }
  if (schema instanceof z.ZodUnion) {
    const option = (schema.options as z.ZodType[]).find((o) => o.safeParse(value).success);
    return option ? schemaReferences(option, value, path) : [];
  }
  return [];
}

/** What the entries of each collection are named by (their id, or the registry's key). */
export function knownIds(content: DataContent): Record<string, Set<string>> {
  return Object.fromEntries(
    (Object.keys(YAML_COLLECTIONS) as YamlCollectionName[]).map((name) => {
      const key = YAML_COLLECTIONS[name].key as ((data: unknown) => string) | undefined;
      return [name, new Set(content[name].map((entry) => (key ? key(entry.data) : entry.id)))];
    }),
  );
}

/** Every reference the structured content makes: by schema metadata, and each strategy row to its group. */
export function dataReferences(content: DataContent): IdReference[] {
  const refs: IdReference[] = [];
  for (const name of Object.keys(YAML_COLLECTIONS) as YamlCollectionName[]) {
    const { schema } = YAML_COLLECTIONS[name];
    for (const entry of content[name]) {
      for (const ref of schemaReferences(schema, entry.data)) refs.push({ file: entry.filePath ?? `(${name})`, entry: entry.id, ...ref });
    }
  }
  for (const table of STRATEGY_TABLES) {
    for (const entry of content[table.rows.collection]) {
      const group = (entry.data as Record<string, unknown>)[table.rows.group];
      refs.push({ file: entry.filePath ?? table.rows.files, entry: entry.id, field: table.rows.group, target: String(group), collection: table.groups.collection });
    }
  }
  return refs;
}

/** The ids an article section's components name, from the pipeline's record of their uses. */
export function componentReferences(file: string, section: string, uses: readonly ComponentUse[]): IdReference[] {
  return uses.flatMap((use) => {
    if (!isMdxComponent(use.name)) return [];
    const spec = MDX_COMPONENTS[use.name];
    if (!('refers' in spec)) return [];
    const target = use.attributes[spec.refers.attribute] ?? '';
    return [{ file, entry: section, field: `<${use.name} ${spec.refers.attribute}>`, target, collection: spec.refers.collection }];
  });
}

/** One edition of a section as the checks see it. */
export interface SectionEdition {
  /** `content/article/ko/01-x.mdx`. */
  file: string;
  /** `01-x`. */
  slug: string;
  record: SectionRecord;
  /** The frontmatter's provenance overrides, by block id. */
  provenance?: Readonly<Record<string, unknown>>;
}

/** Block provenance overrides must name blocks of their section, and their references must exist. */
export function blockProvenanceReferences(section: SectionEdition): { misplaced: string[]; refs: IdReference[] } {
  const ids = new Set(section.record.blocks.map((b) => b.id));
  const misplaced: string[] = [];
  const refs: IdReference[] = [];
  for (const [block, override] of Object.entries(section.provenance ?? {})) {
    if (!ids.has(block)) misplaced.push(`${section.file}: field "provenance.${block}": expected the id of a block of this section (${[...ids].slice(0, 3).join(', ')} …)`);
    const reference = typeof override === 'object' && override !== null ? (override as { reference?: string | string[] }).reference : undefined;
    for (const target of [reference ?? []].flat()) refs.push({ file: section.file, entry: section.slug, field: `provenance.${block}.reference`, target, collection: 'references' });
  }
  return { misplaced, refs };
}

/** A component's name and the id it names: `<Fn n=3>`, `<MissionBox>`. */
function useShape(use: ComponentUse): string {
  const spec = isMdxComponent(use.name) ? MDX_COMPONENTS[use.name] : undefined;
  const attribute = spec && 'refers' in spec ? spec.refers.attribute : undefined;
  return attribute ? `<${use.name} ${attribute}=${use.attributes[attribute] ?? ''}>` : `<${use.name}>`;
}

/** What must match between the editions at each place: a block's id and kind and the ids its components name, or the component standing there. */
function layoutShapes(record: SectionRecord): string[] {
  const blocks = new Map(record.blocks.map((block) => [block.id, block]));
  return record.layout.map((item) => {
    if (typeof item !== 'string') return useShape(item);
    const block = blocks.get(item);
    return block ? [`${block.kind === 'h' ? 'heading' : 'block'} ${block.id}`, ...block.uses.map(useShape)].join(' ') : item;
  });
}

/**
 * Compares the Korean and English editions: each section exists in both, and both have the same
 * blocks in the same order, with the same components naming the same ids. A difference names
 * both files and the first place that differs.
 */
export function compareEditions(ko: readonly SectionEdition[], en: readonly SectionEdition[]): string[] {
  const problems: string[] = [];
  const bySlug = (list: readonly SectionEdition[]) => new Map(list.map((s) => [s.slug, s]));
  const [koBySlug, enBySlug] = [bySlug(ko), bySlug(en)];
  for (const [mine, other, otherLang] of [[ko, enBySlug, 'en'], [en, koBySlug, 'ko']] as const) {
    for (const section of mine) {
      if (!other.has(section.slug)) problems.push(`${section.file}: expected a counterpart ${section.file.replace(/\/(ko|en)\//, `/${otherLang}/`)}`);
    }
  }
  for (const koSection of ko) {
    const enSection = enBySlug.get(koSection.slug);
    if (!enSection) continue;
    const [a, b] = [layoutShapes(koSection.record), layoutShapes(enSection.record)];
    const at = Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i).find((i) => a[i] !== b[i]);
    if (at !== undefined) {
      problems.push(
        `${koSection.file} and ${enSection.file} differ at place ${at + 1} of the section: ko has ${a[at] ?? 'nothing'}, en has ${b[at] ?? 'nothing'}. Both editions need the same blocks, with the same components, in the same order.`,
      );
    }
  }
  return problems;
}

/** Provenance overrides that name no text of their entry (`provenance: { nmae.en: … }`). */
export function misplacedOverrides(content: DataContent): string[] {
  return (Object.keys(YAML_COLLECTIONS) as YamlCollectionName[]).flatMap((name) =>
    content[name].flatMap((entry) =>
      unknownOverrides(YAML_COLLECTIONS[name].schema, entry.data).map(
        (path) => `${entry.filePath ?? name}: entry "${entry.id}", field "provenance.${path}": expected the path of a text of this entry (such as name or name.en)`,
      ),
    ),
  );
}

/** The revision history's links into the article (`{ article: s3-p4 }`) must name a section or block that exists. */
export function articleTargets(content: DataContent): IdReference[] {
  return content.changes.flatMap((change) =>
    change.data.affects.flatMap((target, i) =>
      'article' in target ? [{ file: change.filePath ?? 'content/changes.yaml', entry: change.id, field: `affects[${i}].article`, target: target.article, collection: 'article' }] : [],
    ),
  );
}

/** The ids of the article's sections (`s3`) and blocks (`s3-p4`). */
function articleIds(sections: readonly SectionEdition[]): Set<string> {
  return new Set(sections.flatMap((s) => [`s${s.record.number}`, ...s.record.blocks.map((b) => b.id)]));
}

/** All the checks at once: broken references anywhere, misplaced provenance overrides, and editions that differ. */
export function integrityProblems(content: DataContent, editions: Readonly<Record<'ko' | 'en', readonly SectionEdition[]>>): string[] {
  const sections = [...editions.ko, ...editions.en];
  const blocks = sections.map(blockProvenanceReferences);
  const refs = [
    ...dataReferences(content),
    ...sections.flatMap((s) => componentReferences(s.file, s.slug, s.record.components)),
    ...articleTargets(content),
    ...blocks.flatMap((b) => b.refs),
  ];
  const known = { ...knownIds(content), article: articleIds(editions.ko) };
  return [...compareEditions(editions.ko, editions.en), ...findBrokenReferences(refs, known), ...misplacedOverrides(content), ...blocks.flatMap((b) => b.misplaced)];
}
