/**
 * The one door from pages to content. Loads every collection once, checks the links between
 * them (a broken one fails the build, naming file, entry and field) and hands out typed,
 * ordered data per language.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../../i18n/locales';
import { ContentError } from './errors';
import { componentReferences, findBrokenReferences, findUnpairedSections, type IdReference } from './integrity';


async function loadAll() {
  const [
    sections, footnotes, editorialNotes, references, tables, organisations, congresses,
    hagueAreas, hagueRows, definitions, bogotaLevels, bogotaActions, seoulCategories,
    seoulStrategies, bodies, missionLines, glossary,
  ] = await Promise.all([
    getCollection('articleSections'), getCollection('footnotes'), getCollection('editorialNotes'),
    getCollection('references'), getCollection('tables'), getCollection('organisations'),
    getCollection('congresses'), getCollection('hagueAreas'), getCollection('hagueRows'),
    getCollection('definitions'), getCollection('bogotaLevels'), getCollection('bogotaActions'),
    getCollection('seoulCategories'), getCollection('seoulStrategies'), getCollection('bodies'),
    getCollection('missionLines'), getCollection('glossary'),
  ]);
  const byOrder = <T extends { data: { order: number } }>(list: T[]) => [...list].sort((a, b) => a.data.order - b.data.order);
  const content = {
    sections: [...sections].sort((a, b) => a.id.localeCompare(b.id)),
    footnotes: [...footnotes].sort((a, b) => a.data.number - b.data.number),
    editorialNotes, references, tables, organisations,
    congresses: [...congresses].sort((a, b) => a.data.ordinal - b.data.ordinal),
    hagueAreas: byOrder(hagueAreas), hagueRows: byOrder(hagueRows),
    // The draft came first, then the adopted text (the store keeps entries sorted by id).
    definitions: [...definitions].sort((a, b) => (a.id === 'draft' ? -1 : b.id === 'draft' ? 1 : 0)),
    bogotaLevels: byOrder(bogotaLevels), bogotaActions: byOrder(bogotaActions),
    seoulCategories: byOrder(seoulCategories), seoulStrategies: byOrder(seoulStrategies),
    bodies: byOrder(bodies), missionLines: byOrder(missionLines), glossary,
  };
  checkIntegrity(content);
  return content;
}
export type Content = Awaited<ReturnType<typeof loadAll>>;

function checkIntegrity(content: Omit<Content, never>): void {
  const ids = (list: { id: string }[]) => new Set(list.map((e) => e.id));
  const known: Record<string, Set<string>> = {
    footnotes: new Set(content.footnotes.map((f) => String(f.data.number))),
    editorialNotes: ids(content.editorialNotes),
    references: ids(content.references),
    tables: ids(content.tables),
    organisations: ids(content.organisations),
    hagueAreas: ids(content.hagueAreas),
    bogotaLevels: ids(content.bogotaLevels),
    seoulCategories: ids(content.seoulCategories),
    glossary: ids(content.glossary),
  };
  known['linkable'] = new Set([...known['tables']!, ...known['references']!, ...known['organisations']!, ...known['glossary']!]);

  const refs: IdReference[] = [];
  const add = (entry: { id: string; filePath?: string | undefined }, field: string, collection: string, targets: readonly (string | number)[] | undefined) => {
    for (const target of targets ?? []) refs.push({ file: entry.filePath ?? '(unknown file)', entry: entry.id, field, target: String(target), collection });
  };
  const withNotes = [
    ...content.footnotes, ...content.tables, ...content.organisations, ...content.congresses,
    ...content.hagueRows, ...content.bogotaActions, ...content.seoulStrategies, ...content.bodies, ...content.missionLines,
  ];
  for (const entry of withNotes) add(entry, 'editorialNotes', 'editorialNotes', entry.data.editorialNotes);
  for (const e of content.organisations) {
    add(e, 'predecessors', 'organisations', e.data.predecessors);
    add(e, 'footnotes', 'footnotes', e.data.footnotes);
  }
  for (const e of content.congresses) {
    add(e, 'footnotes', 'footnotes', e.data.footnotes);
    e.data.outcomes.forEach((o, i) => {
      add(e, `outcomes[${i}].footnote`, 'footnotes', o.footnote === undefined ? [] : [o.footnote]);
      add(e, `outcomes[${i}].links`, 'linkable', o.links);
    });
  }
  for (const e of content.hagueRows) add(e, 'area', 'hagueAreas', [e.data.area]);
  for (const e of content.bogotaActions) add(e, 'level', 'bogotaLevels', [e.data.level]);
  for (const e of content.seoulStrategies) add(e, 'category', 'seoulCategories', [e.data.category]);
  for (const e of content.bodies) {
    add(e, 'organisation', 'organisations', e.data.organisation === undefined ? [] : [e.data.organisation]);
    add(e, 'footnotes', 'footnotes', e.data.footnotes);
  }
  for (const e of content.glossary) add(e, 'related', 'glossary', e.data.related);

  const componentCollections: Record<string, string> = {
    Fn: 'footnotes', Ref: 'references', Term: 'glossary', Sic: 'editorialNotes', XRef: 'tables', TableBlock: 'tables', FigureBlock: 'tables',
  };
  for (const section of content.sections) {
    for (const ref of componentReferences(section.body ?? '')) {
      const collection = componentCollections[ref.component];
      if (collection) add(section, `<${ref.component} ${ref.attribute}>`, collection, [ref.value]);
    }
  }

  const problems = [...findUnpairedSections(content.sections.map((s) => s.id)), ...findBrokenReferences(refs, known)];
  if (problems.length > 0) throw new ContentError('content/', problems);
}

let cached: Promise<Content> | undefined;
/** All content, loaded and checked once per build. */
export function loadContent(): Promise<Content> {
  cached ??= loadAll();
  return cached;
}

/** The article's sections in one language, in order. */
export async function getSections(lang: Lang): Promise<CollectionEntry<'articleSections'>[]> {
  const { sections } = await loadContent();
  return sections.filter((s) => s.id.startsWith(`${lang}/`));
}

/** `01-diplomacy-in-transition` → 1. */
export function sectionNumber(entry: { id: string }): number {
  return Number(/\/(\d{2})-/.exec(entry.id)?.[1] ?? NaN);
}
