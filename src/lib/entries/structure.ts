/** UCLG's structure (content/structure/bodies.yaml) grouped the way the organisation page shows it. */
import type { Body } from '../../schemas/structure';

export type BodyKind = Body['kind'];

export interface BodyGroup<B = Body> {
  /** The group's key: a body kind, or `sections` for the three kinds of section together. */
  key: BodyKind | 'sections';
  /** How many bodies the group holds, sub-groups included. */
  count: number;
  /** The bodies of the group, in print order (empty when it has sub-groups). */
  items: B[];
  /** For `sections`: regional, metropolitan and forum sections, each with its own count. */
  subgroups: { key: BodyKind; count: number; items: B[] }[];
}

const SECTION_KINDS = ['regional-section', 'metropolitan-section', 'forum-section'] as const;
const ORDER = ['governance', 'committee', 'working-group', 'taskforce', 'sections', 'network', 'conference'] as const;

/**
 * The bodies in the article's order: governance, committees, working groups, taskforces (all
 * under the Executive Bureau), the three kinds of section, the external networks, then the UN
 * conferences the article names beside them.
 * Groups with no bodies are left out.
 */
export function groupBodies<B extends Pick<Body, 'kind' | 'order'>>(bodies: readonly B[]): BodyGroup<B>[] {
  const ofKind = (kind: BodyKind) => bodies.filter((b) => b.kind === kind).sort((a, b) => a.order - b.order);
  return ORDER.map((key): BodyGroup<B> => {
    if (key === 'sections') {
      const subgroups = SECTION_KINDS.map((kind) => ({ key: kind, items: ofKind(kind) }))
        .filter((s) => s.items.length > 0)
        .map((s) => ({ ...s, count: s.items.length }));
      return { key, count: subgroups.reduce((sum, s) => sum + s.count, 0), items: [], subgroups };
    }
    const items = ofKind(key);
    return { key, count: items.length, items, subgroups: [] };
  }).filter((group) => group.count > 0);
}

/** Every footnote number the structure data attaches, ascending. */
export function structureFootnotes(bodies: readonly Body[]): number[] {
  return [...new Set(bodies.flatMap((b) => b.footnotes ?? []))].sort((a, b) => a - b);
}

/** The structure bodies that stand for a lineage organisation (`organisation` == its id). */
export function bodiesForOrganisation(id: string, bodies: readonly Body[]): Body[] {
  return bodies.filter((b) => b.organisation === id);
}
