/** What an organisation's own page shows, computed from the lineage and structure data. */
import type { Lang } from '../../i18n/locales';
import type { Organisation } from '../../schemas/organisation';
import type { Body } from '../../schemas/structure';
import { asPrintedOrCorrected } from './notes';
import { groupBodies } from './structure';

export type OrganisationRole = Organisation['role'];

/** The organisations that name `id` among their predecessors: its successors, in data order. */
export function successorsOf(id: string, organisations: readonly Organisation[]): Organisation[] {
  return organisations.filter((o) => o.predecessors?.includes(id) ?? false);
}

/** The organisation's predecessors as entries, in the order it lists them. */
export function predecessorsOf(organisation: Organisation, organisations: readonly Organisation[]): Organisation[] {
  return (organisation.predecessors ?? []).map((id) => {
    const found = organisations.find((o) => o.id === id);
    if (!found) throw new Error(`content/lineage/organisations.yaml: "${organisation.id}" names predecessor "${id}", which is not an entry`);
    return found;
  });
}

/**
 * How an organisation is named in a heading or link: its name with the abbreviation after it,
 * unless the name already says it ("C4", "아프리카 지역 부문 UCLG Africa"). Case counts: "Major
 * Metropolises" does not say "METROPOLIS".
 */
export function organisationLabel(organisation: Pick<Organisation, 'abbreviation' | 'name'>, lang: Lang): string {
  const name = organisation.name[lang];
  if (name.includes(organisation.abbreviation)) return name;
  // Korean sets the abbreviation close, as the article does: 국제도시연합(UIV).
  return lang === 'ko' ? `${name}(${organisation.abbreviation})` : `${name} (${organisation.abbreviation})`;
}

/**
 * The non-lineage organisations grouped by role (sections, networks, related bodies). Within a
 * group they follow the article: the order of the structure body that stands for each (the seven
 * regional sections as printed, then the forum section; the networks as named), then those with
 * no such body by founding year, undated last. Collections come back sorted by id, so the order
 * has to be rebuilt from the data.
 */
export function relatedByRole(
  organisations: readonly Organisation[],
  bodies: readonly Pick<Body, 'kind' | 'order' | 'organisation'>[],
): { role: Exclude<OrganisationRole, 'lineage'>; items: Organisation[] }[] {
  const printed = groupBodies(bodies).flatMap((g) => [...g.items, ...g.subgroups.flatMap((s) => s.items)]);
  const rank = (o: Organisation) => {
    const index = printed.findIndex((b) => b.organisation === o.id);
    return index === -1 ? printed.length : index;
  };
  const byArticle = (a: Organisation, b: Organisation) =>
    rank(a) - rank(b) || (a.founded ?? Infinity) - (b.founded ?? Infinity) || a.abbreviation.localeCompare(b.abbreviation);
  const roles = ['section', 'network', 'related'] as const;
  return roles
    .map((role) => ({ role, items: organisations.filter((o) => o.role === role).sort(byArticle) }))
    .filter((group) => group.items.length > 0);
}

/**
 * schema.org Organization: the name in the page's language, the others as alternate names (the
 * original name corrected on the English page, like the page itself, when `notes` are given).
 */
export function organisationJsonLd(
  organisation: Organisation,
  lang: Lang,
  url: string,
  notes: readonly { id: string; printed: string; corrected: string }[] = [],
): Record<string, unknown> {
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  const original = organisation.originalName && asPrintedOrCorrected(organisation.originalName.text, organisation.editorialNotes ?? [], notes, lang);
  const alternateName = [...new Set([organisation.abbreviation, original, organisation.name[other]])]
    .filter((name): name is string => name !== undefined && name !== organisation.name[lang]);
  return {
    '@type': 'Organization',
    name: organisation.name[lang],
    alternateName,
    ...(organisation.founded === undefined ? {} : { foundingDate: String(organisation.founded) }),
    ...(organisation.place === undefined ? {} : { foundingLocation: { '@type': 'Place', name: organisation.place[lang] } }),
    url,
  };
}
