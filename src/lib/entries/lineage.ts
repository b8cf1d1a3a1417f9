import type { Organisation } from '../../schemas/organisation';

export interface LineageStreams {
  /** The streams that merged, each from its oldest organisation to the one that merged. */
  streams: Organisation[][];
  /** The organisation the streams merged into (UCLG). */
  result: Organisation;
}

/**
 * Reads figure 1 out of the organisations data: the lineage organisation that no other one
 * succeeds is the result; each of its predecessors is followed back to its oldest ancestor.
 */
export function lineageStreams(organisations: readonly Organisation[]): LineageStreams {
  const lineage = organisations.filter((o) => o.role === 'lineage');
  const byId = new Map(lineage.map((o) => [o.id, o]));
  const succeeded = new Set(lineage.flatMap((o) => o.predecessors ?? []));
  const results = lineage.filter((o) => !succeeded.has(o.id) && (o.predecessors?.length ?? 0) > 0);
  if (results.length !== 1) {
    throw new Error(`content/lineage/organisations.yaml: expected exactly one lineage organisation that merges the others, found ${results.length}`);
  }
  const result = results[0]!;
  const streams = (result.predecessors ?? []).map((id) => {
    const chain: Organisation[] = [];
    let current = byId.get(id);
    while (current) {
      chain.unshift(current);
      const previous: string | undefined = current.predecessors?.[0];
      current = previous === undefined ? undefined : byId.get(previous);
    }
    if (chain.length === 0) throw new Error(`content/lineage/organisations.yaml: predecessor "${id}" of "${result.id}" is not a lineage organisation`);
    return chain;
  });
  return { streams, result };
}

/** Every lineage organisation in founding order, for the timeline. */
export function timeline(organisations: readonly Organisation[]): Organisation[] {
  return organisations
    .filter((o) => o.role === 'lineage')
    .sort((a, b) => (a.founded ?? 0) - (b.founded ?? 0) || a.abbreviation.localeCompare(b.abbreviation));
}
