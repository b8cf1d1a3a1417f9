/**
 * The components an article section may use in its MDX without importing them. Each entry says
 * which attribute names other content and in which collection that id must exist. From this one
 * list: the markdown pipeline gives each of them the section's language and records where they
 * are used (lib/article/markdown/), the content checks verify the ids they name
 * (lib/content/integrity.ts), and src/components/mdx/ supplies one component file per name.
 *
 * Adding a component is its file in src/components/mdx/ and its entry here.
 */
import type { YamlCollectionName } from './collections';

export interface MdxComponentSpec {
  /** The attribute whose value is an id of another collection, if any (`<Fn n={3} />` → footnote 3). */
  refers?: { attribute: string; collection: YamlCollectionName };
  /** Whether it stands as a block of its own between paragraphs (a table, the figure, the box). */
  block?: boolean;
}

export const MDX_COMPONENTS = {
  /** A footnote marker where the print has its number. */
  Fn: { refers: { attribute: 'n', collection: 'footnotes' } },
  /** An in-text citation, text kept as printed. */
  Ref: { refers: { attribute: 'id', collection: 'references' } },
  /** A glossary term (its first use in a section). */
  Term: { refers: { attribute: 'id', collection: 'glossary' } },
  /** A misprint kept as printed (ko) or corrected (en). */
  Sic: { refers: { attribute: 'id', collection: 'editorialNotes' } },
  /** A cross-reference to a figure or table. */
  XRef: { refers: { attribute: 'to', collection: 'tables' } },
  /** One of the article's tables, from its data. */
  TableBlock: { refers: { attribute: 'id', collection: 'tables' }, block: true },
  /** The article's figure, from its data. */
  FigureBlock: { refers: { attribute: 'id', collection: 'tables' }, block: true },
  /** The mission / goals / tasks box. */
  MissionBox: { block: true },
} as const satisfies Record<string, MdxComponentSpec>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

export function isMdxComponent(name: string | null | undefined): name is MdxComponentName {
  return typeof name === 'string' && Object.hasOwn(MDX_COMPONENTS, name);
}
