/**
 * The strategy tables: the article's tables that practitioners read, filter, print and download
 * on pages of their own (`/<lang>/strategy/<slug>/`). Everything the site does with one of them is
 * derived from its entry here: its collections (registry/collections.ts), its page (the dynamic
 * route src/pages/[lang]/strategy/[table]/), its card on the strategy index, its search records
 * and filter, its downloads and their field documentation.
 *
 * Adding a table is its data (a groups file, a rows file, its caption in content/tables.yaml),
 * one entry here and its interface strings (`<strings>.title`, `.lead`, `.filter`, `.searchFilter`).
 */
import type { z } from 'astro/zod';
import type { UiKey } from '../i18n';
import type { LocalizedText } from '../schemas/localized';
import { bogotaActionSchema, bogotaLevelSchema, seoulCategorySchema, seoulStrategySchema } from '../schemas/strategy';

/** A prefix `p` of the interface strings such that `p.title`, `p.lead`, `p.filter` and `p.searchFilter` all exist. */
export type StringsPrefix = {
  [K in UiKey]: K extends `${infer P}.searchFilter` ? (`${P}.title` | `${P}.lead` | `${P}.filter`) extends UiKey ? P : never : never;
}[UiKey];

/** One column's content, read from a field of a group or row: text, or bullets (one per item of a list field). */
export interface CellSpec<T> {
  field: keyof T & string;
  bullets?: boolean;
}

/** A collection of the table: its YAML files, its schema and the key of its list in the JSON download. */
export interface TablePart<S extends z.ZodObject, C extends string = string> {
  /** The content collection's name. */
  collection: C;
  /** The YAML file(s), from the project root (a glob). */
  files: string;
  schema: S;
  /** The list's key in the JSON download (`levels`, `actions`). */
  key: string;
  /** The cells this part contributes, left to right. */
  cells: readonly CellSpec<z.infer<S>>[];
}

export interface StrategyTable<G extends z.ZodObject = z.ZodObject, R extends z.ZodObject = z.ZodObject, GC extends string = string, RC extends string = string> {
  /** The page's key among the site's pages (`href(lang, key)`). */
  key: string;
  /** The page's address under `/<lang>/strategy/`. */
  slug: string;
  /** The table's entry in content/tables.yaml (caption, column headings, source line). */
  table: `table-${number}`;
  /** The download's name: `/data/<name>.json`, `/<lang>/data/<name>.csv`. */
  dataset: { name: string; title: LocalizedText; description: LocalizedText };
  /** The name rows are filtered by, in the search page's URL (`?level=…`) and Pagefind's filters. */
  filter: string;
  /** The prefix of the table's interface strings. */
  strings: StringsPrefix;
  /** The groups (spanning cells on the left). */
  groups: TablePart<G, GC>;
  /** The rows, each naming its group in the field `group`. */
  rows: TablePart<R, RC> & { group: keyof z.infer<R> & string };
}

/** Declares a table, checking its field names against its schemas. */
export function strategyTable<const GC extends string, const RC extends string, G extends z.ZodObject, R extends z.ZodObject>(
  table: StrategyTable<G, R, GC, RC>,
): StrategyTable<G, R, GC, RC> {
  return table;
}

export const STRATEGY_TABLES = [
  strategyTable({
    key: 'bogota',
    slug: 'bogota-action-agenda',
    table: 'table-3',
    dataset: {
      name: 'bogota-action-agenda',
      title: { ko: '보고타 행동의제의 행동노선 및 권고사항 — 필자의 요약 (표 3)', en: 'Lines of action and recommendations of the Bogotá Commitment and Action Agenda, as summarised by the author (Table 3)' },
      description: {
        ko: '표 3: UCLG의 21세기 지방정부 글로벌 의제의 차원별 목표·방향과 부문별 권고 행동.',
        en: "Table 3: the goal and direction of each level of UCLG's global agenda of local governments for the 21st century, and the recommended action in each sector.",
      },
    },
    filter: 'level',
    strings: 'strategy.bogota',
    groups: {
      collection: 'bogotaLevels',
      files: 'content/strategy/bogota-levels.yaml',
      schema: bogotaLevelSchema,
      key: 'levels',
      cells: [{ field: 'label' }, { field: 'goal' }],
    },
    rows: {
      collection: 'bogotaActions',
      files: 'content/strategy/bogota-actions.yaml',
      schema: bogotaActionSchema,
      key: 'actions',
      group: 'level',
      cells: [{ field: 'sector' }, { field: 'action', bullets: true }],
    },
  }),
  strategyTable({
    key: 'seoul',
    slug: 'seoul',
    table: 'table-4',
    dataset: {
      name: 'seoul-strategy',
      title: { ko: '도시외교의 전략 범주 (표 4)', en: 'Strategy categories of city diplomacy (Table 4)' },
      description: {
        ko: '표 4: 도시외교의 전략 범주와 정책 초점 및 정책적 고려 요소.',
        en: 'Table 4: the strategy categories of city diplomacy, their policy focuses and policy considerations.',
      },
    },
    filter: 'category',
    strings: 'strategy.seoul',
    groups: {
      collection: 'seoulCategories',
      files: 'content/strategy/seoul-categories.yaml',
      schema: seoulCategorySchema,
      key: 'categories',
      cells: [{ field: 'label' }],
    },
    rows: {
      collection: 'seoulStrategies',
      files: 'content/strategy/seoul-strategies.yaml',
      schema: seoulStrategySchema,
      key: 'strategies',
      group: 'category',
      cells: [{ field: 'focus' }, { field: 'considerations', bullets: true }],
    },
  }),
] as const;

export type StrategyTableEntry = (typeof STRATEGY_TABLES)[number];
