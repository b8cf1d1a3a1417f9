import type { Change } from '../../schemas/change';

/**
 * The site's edition: the date of its latest correction (content/changes.yaml). Citations name
 * it, so that a citation points to the text as it was read; it comes from the data, never the
 * clock, so two builds of the same content are identical.
 */
export function currentEdition(changes: readonly { data: Pick<Change, 'date'> }[]): string {
  const dates = changes.map((change) => change.data.date).sort();
  const latest = dates.at(-1);
  if (latest === undefined) throw new Error('content/changes.yaml: expected at least one dated entry (the edition citations name)');
  return latest;
}
