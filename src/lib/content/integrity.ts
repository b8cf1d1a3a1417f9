/**
 * Cross-collection checks that a per-entry schema cannot make: every id one entry names must
 * exist in the collection it points to, and each article section must exist in both languages.
 */

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
  /** The collection it must exist in. */
  collection: string;
}

/** Lists every reference whose target does not exist, as `file: entry "x", field "y": …` lines. */
export function findBrokenReferences(references: readonly IdReference[], known: Record<string, ReadonlySet<string>>): string[] {
  return references
    .filter((ref) => !known[ref.collection]?.has(ref.target))
    .map(
      (ref) =>
        `${ref.file}: entry "${ref.entry}", field "${ref.field}": expected an id of ${ref.collection}, found "${ref.target}" which does not exist`,
    );
}

/** Names every article section id (`ko/01-x`) that has no counterpart in the other language. */
export function findUnpairedSections(ids: readonly string[]): string[] {
  const byLang = { ko: new Set<string>(), en: new Set<string>() };
  for (const id of ids) {
    const [lang, slug] = id.split('/');
    if ((lang === 'ko' || lang === 'en') && slug) byLang[lang].add(slug);
  }
  const problems: string[] = [];
  for (const [lang, other] of [['ko', 'en'], ['en', 'ko']] as const) {
    for (const slug of byLang[lang]) {
      if (!byLang[other].has(slug)) problems.push(`content/article/${lang}/${slug}.mdx: expected a counterpart content/article/${other}/${slug}.mdx`);
    }
  }
  return problems;
}

/** The components an MDX body uses that name other content: `<Fn n={3} />`, `<Term id="…">`. */
export function componentReferences(body: string): { component: string; attribute: string; value: string }[] {
  const found: { component: string; attribute: string; value: string }[] = [];
  const tag = /<(Fn|Ref|Term|Sic|XRef|TableBlock|FigureBlock)\s+([^>]*?)\/?>/g;
  for (const match of body.matchAll(tag)) {
    const [, component = '', attributes = ''] = match;
    for (const attr of attributes.matchAll(/(\w+)=(?:"([^"]*)"|\{(\d+)\})/g)) {
      found.push({ component, attribute: attr[1] ?? '', value: attr[2] ?? attr[3] ?? '' });
    }
  }
  return found;
}
