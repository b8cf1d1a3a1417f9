/**
 * Where each text of the content comes from. A field declares its kind in its schema
 * (schemas/localized.ts: `sourceText`, `editorialText` …); a value may override it for itself
 * (`provenance:`, with a `reference:` when external). Read here for the checks (every `source`
 * text must be verbatim in the print), the pages (editorial and external texts are labelled)
 * and the downloads (each dataset describes its fields' kinds).
 */
import { z } from 'astro/zod';
import type { Lang } from '../../i18n/locales';
import { LOCALES } from '../../i18n/locales';
import type { Provenance, ProvenanceKind, ProvenanceOverrides } from '../../schemas/localized';

/** One text of an entry, with its resolved kind. */
export interface TextProvenance {
  /** `description`, `outcomes[1].items[0]`, `originalName.text`. */
  field: string;
  /** The language, for a text in both languages; undefined for a single-language string. */
  lang: Lang | undefined;
  text: string;
  kind: ProvenanceKind;
  /** For an external text: the ids of its works in content/references.yaml. */
  references?: string[] | undefined;
}

/** What a schema node declares (`.meta({ provenance })`), if anything. */
export function declaredProvenance(schema: z.ZodType): Provenance | ProvenanceKind | undefined {
  const provenance = z.globalRegistry.get(schema)?.['provenance'];
  return provenance as Provenance | ProvenanceKind | undefined;
}

/** An entry's override for one text (`name.en`), or for the field in both languages (`name`). */
function overrideFor(overrides: ProvenanceOverrides, field: string, lang: Lang | undefined): { kind: ProvenanceKind; references?: string[] } | undefined {
  const override = (lang && overrides?.[`${field}.${lang}`]) || overrides?.[field];
  if (override === undefined) return undefined;
  return typeof override === 'string' ? { kind: override } : { kind: override.kind, references: [override.reference].flat() };
}

const unwrap = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional || schema instanceof z.ZodNullable ? unwrap(schema.unwrap() as z.ZodType) : schema;

/** Every text of a value as its schema declares them, walked alongside it. */
function declaredTexts(schema: z.ZodType, value: unknown, path: string): TextProvenance[] {
  if (value === undefined || value === null) return [];
  const declared = declaredProvenance(schema);
  if (declared !== undefined) {
    if (typeof declared === 'string') return typeof value === 'string' ? [{ field: path, lang: undefined, text: value, kind: declared }] : [];
    const localized = value as Record<Lang, string>;
    return LOCALES.map((lang) => ({ field: path, lang, text: localized[lang], kind: declared[lang] }));
  }
  const inner = unwrap(schema);
  if (inner !== schema) return declaredTexts(inner, value, path);
  if (inner instanceof z.ZodArray && Array.isArray(value)) return value.flatMap((item, i) => declaredTexts(inner.element as z.ZodType, item, `${path}[${i}]`));
  if (inner instanceof z.ZodObject && typeof value === 'object') {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      key === 'provenance' && !path ? [] : declaredTexts(field, (value as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/**
 * Every text of an entry with its kind: what its field declares, or what the entry's own
 * `provenance:` map says of it (by field path, `name` or `name.en`).
 */
export function textsOf(schema: z.ZodType, entry: unknown): TextProvenance[] {
  const overrides = typeof entry === 'object' && entry !== null ? ((entry as { provenance?: ProvenanceOverrides }).provenance ?? {}) : {};
  return declaredTexts(schema, entry, '').map((text) => {
    const override = overrideFor(overrides, text.field, text.lang);
    return override ? { ...text, kind: override.kind, ...(override.references ? { references: override.references } : {}) } : text;
  });
}

/** Override paths of an entry that name no text of it (a typo would otherwise go unnoticed). */
export function unknownOverrides(schema: z.ZodType, entry: unknown): string[] {
  const overrides = (entry as { provenance?: ProvenanceOverrides } | undefined)?.provenance ?? {};
  const known = new Set(declaredTexts(schema, entry, '').flatMap((t) => [t.field, ...(t.lang ? [`${t.field}.${t.lang}`] : [])]));
  return Object.keys(overrides).filter((path) => !known.has(path));
}

/** The kind of one text of a value, by its field (`description`) and language. */
export function provenanceAt(schema: z.ZodType, value: unknown, field: string, lang: Lang): TextProvenance | undefined {
  return textsOf(schema, value).find((text) => text.field === field && (text.lang === lang || text.lang === undefined));
}

/**
 * What a schema declares of its texts, field by field (`{ "name": { ko: "source", en: "translation" } }`),
 * for a dataset's description of its provenance.
 */
export function declaredKinds(schema: z.ZodObject, prefix = ''): Record<string, Provenance | ProvenanceKind> {
  const kinds: Record<string, Provenance | ProvenanceKind> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const name = `${prefix}${key}`;
    let node = unwrap(field);
    const declared = declaredProvenance(field) ?? declaredProvenance(node) ?? (node instanceof z.ZodArray ? declaredProvenance(unwrap(node.element as z.ZodType)) : undefined);
    if (declared !== undefined) {
      kinds[name] = declared;
      continue;
    }
    if (node instanceof z.ZodArray) node = unwrap(node.element as z.ZodType);
    if (node instanceof z.ZodObject) Object.assign(kinds, declaredKinds(node, `${name}.`));
  }
  return kinds;
}

/** Whether a text is the editors' own or comes from outside: what a reader must be told beside it. */
export function needsLabel(origin: Pick<TextProvenance, 'kind'> | undefined): boolean {
  return origin?.kind === 'editorial' || origin?.kind === 'external';
}

/**
 * The works the external texts of an entry come from, in one language (a single string counts in
 * both), once each, in the order the texts stand; `under` keeps only the texts of one field
 * (`key[3]`, `outcomes`).
 */
export function externalSources(schema: z.ZodType, entry: unknown, lang: Lang, under?: string): string[] {
  const ids = textsOf(schema, entry)
    .filter((text) => text.kind === 'external' && text.references && (text.lang === undefined || text.lang === lang))
    .filter((text) => under === undefined || text.field === under || text.field.startsWith(`${under}.`) || text.field.startsWith(`${under}[`))
    .flatMap((text) => text.references!);
  return [...new Set(ids)];
}
