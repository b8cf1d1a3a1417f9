/**
 * The data downloads: one JSON file per collection (both languages side by side) and one CSV
 * per table and language (made from the same table model as the HTML table). The data page
 * lists what is defined here, so a download cannot exist without being documented.
 */
import type { Lang } from '../../i18n/locales';
import type { LocalizedText } from '../../schemas/localized';
import type { Organisation } from '../../schemas/organisation';
import type { Congress } from '../../schemas/congress';
import type { Definition, HagueArea, HagueRow } from '../../schemas/hague-agenda';
import type { BogotaAction, BogotaLevel, SeoulCategory, SeoulStrategy } from '../../schemas/strategy';
import { bodySchema, missionLineSchema, type Body, type MissionLine } from '../../schemas/structure';
import { definitionSchema } from '../../schemas/hague-agenda';
import type { GlossaryTerm } from '../../schemas/glossary';
import type { Footnote } from '../../schemas/footnote';
import type { Reference } from '../../schemas/reference';
import type { EditorialNote } from '../../schemas/editorial-note';
import type { TableMeta } from '../../schemas/table-meta';
import { toCsv } from './csv';
import { flattenRows, type TableModel } from './model';
import type { TableId } from './build';

type Entries<T> = readonly { id: string; data: T }[];

/** The collections the downloads are made from (the shape `loadContent()` returns). */
export interface DatasetSource {
  tables: Entries<TableMeta>;
  organisations: Entries<Organisation>;
  congresses: Entries<Congress>;
  hagueAreas: Entries<HagueArea>;
  hagueRows: Entries<HagueRow>;
  definitions: Entries<Definition>;
  bogotaLevels: Entries<BogotaLevel>;
  bogotaActions: Entries<BogotaAction>;
  seoulCategories: Entries<SeoulCategory>;
  seoulStrategies: Entries<SeoulStrategy>;
  bodies: Entries<Body>;
  missionLines: Entries<MissionLine>;
  glossary: Entries<GlossaryTerm>;
  footnotes: Entries<Footnote>;
  references: Entries<Reference>;
  editorialNotes: Entries<EditorialNote>;
}

/** `schemaExportName.field`, pointing at a documented field in src/schemas/. */
export type FieldRef = `${string}Schema.${string}`;

export interface Dataset {
  /** The file name: `/data/<name>.json`, and `/<lang>/data/<name>.csv` for a table. */
  name: string;
  title: LocalizedText;
  description: LocalizedText;
  /** The lists in the JSON file: their key and the schema (export name) of one entry. */
  parts: { key: string; schema: `${string}Schema` }[];
  /** The article table this dataset is, if any: it then has a CSV per language. */
  table?: TableId;
  /** For a CSV: the schema fields each column after `id` is made from, in column order. */
  csvColumns?: FieldRef[][];
}

export const DATASETS = [
  {
    name: 'organisations',
    title: { ko: '기구', en: 'Organisations' },
    description: {
      ko: '그림 1의 UCLG 계보에 나오는 기구와 글이 함께 언급하는 기구들: 약칭, 원어 이름, 한국어·영어 이름, 설립 연도와 목적.',
      en: "The organisations of UCLG's lineage (figure 1) and those the article names beside them: abbreviation, original name, Korean and English names, founding year and purposes.",
    },
    parts: [{ key: 'organisations', schema: 'organisationSchema' }],
  },
  {
    name: 'congresses',
    title: { ko: 'UCLG 세계총회 (표 2)', en: 'UCLG World Congresses (table 2)' },
    description: {
      ko: '표 2: UCLG 세계총회별 개최 시기와 도시, 회의 배경·목적과 모토, 주요 내용 및 결정 사항.',
      en: 'Table 2: each UCLG World Congress with its date and host city, its background, purpose and motto, and its main content and decisions.',
    },
    parts: [{ key: 'congresses', schema: 'congressSchema' }],
    table: 'table-2',
    csvColumns: [
      ['congressSchema.date', 'congressSchema.ordinal', 'congressSchema.city', 'congressSchema.country'],
      ['congressSchema.purpose', 'congressSchema.motto'],
      ['congressSchema.outcomes', 'congressOutcomeSchema.heading', 'congressOutcomeSchema.items', 'congressOutcomeSchema.footnote'],
    ],
  },
  {
    name: 'hague-agenda',
    title: { ko: '헤이그 도시외교의제 (표 1)', en: 'The Hague Agenda on City Diplomacy (table 1)' },
    description: {
      ko: '표 1: ‘헤이그 도시외교의제’의 문제영역과 항목별 제목·핵심 내용, 그리고 도시외교 정의의 초안과 채택안.',
      en: "Table 1: the problem areas of 'The Hague Agenda on City Diplomacy' and the title and key content of each item, with the draft and the adopted definition of city diplomacy.",
    },
    parts: [
      { key: 'areas', schema: 'hagueAreaSchema' },
      { key: 'rows', schema: 'hagueRowSchema' },
      { key: 'definitions', schema: 'definitionSchema' },
    ],
    table: 'table-1',
    csvColumns: [['hagueAreaSchema.label'], ['hagueRowSchema.title'], ['hagueRowSchema.content']],
  },
  {
    name: 'bogota-action-agenda',
    title: { ko: '보고타 행동의제 (표 3)', en: 'The Bogotá Commitment and Action Agenda (table 3)' },
    description: {
      ko: '표 3: UCLG의 21세기 지방정부 글로벌 의제의 차원별 목표·방향과 부문별 권고 행동.',
      en: "Table 3: the goal and direction of each level of UCLG's global agenda of local governments for the 21st century, and the recommended action in each sector.",
    },
    parts: [
      { key: 'levels', schema: 'bogotaLevelSchema' },
      { key: 'actions', schema: 'bogotaActionSchema' },
    ],
    table: 'table-3',
    csvColumns: [['bogotaLevelSchema.label'], ['bogotaLevelSchema.goal'], ['bogotaActionSchema.sector'], ['bogotaActionSchema.action']],
  },
  {
    name: 'seoul-strategy',
    title: { ko: '도시외교의 전략 범주 (표 4)', en: 'Strategy categories of city diplomacy (table 4)' },
    description: {
      ko: '표 4: 도시외교의 전략 범주와 정책 초점 및 정책적 고려 요소.',
      en: 'Table 4: the strategy categories of city diplomacy, their policy focuses and policy considerations.',
    },
    parts: [
      { key: 'categories', schema: 'seoulCategorySchema' },
      { key: 'strategies', schema: 'seoulStrategySchema' },
    ],
    table: 'table-4',
    csvColumns: [['seoulCategorySchema.label'], ['seoulStrategySchema.focus'], ['seoulStrategySchema.considerations']],
  },
  {
    name: 'structure',
    title: { ko: 'UCLG의 조직', en: "UCLG's structure" },
    description: {
      ko: 'UCLG의 거버넌스 기구, 위원회, 실무그룹, 태스크포스, 부문과 외부 네트워크, 그리고 임무·목표·과업 상자의 각 줄.',
      en: "UCLG's governing bodies, committees, working groups, taskforces, sections and external networks, and each line of the mission / goals / tasks box.",
    },
    parts: [
      { key: 'bodies', schema: 'bodySchema' },
      { key: 'mission', schema: 'missionLineSchema' },
    ],
  },
  {
    name: 'glossary',
    title: { ko: '용어', en: 'Glossary' },
    description: {
      ko: '글이 한국어와 영어로 짝지어 쓰거나 정의하는 용어와 그 정의.',
      en: 'The terms the article pairs in Korean and English or defines, with their definitions.',
    },
    parts: [{ key: 'terms', schema: 'glossaryTermSchema' }],
  },
  {
    name: 'footnotes',
    title: { ko: '각주', en: 'Footnotes' },
    description: { ko: '글의 각주, 인쇄된 번호 순서대로.', en: "The article's footnotes, in the order of their printed numbers." },
    parts: [{ key: 'footnotes', schema: 'footnoteSchema' }],
  },
  {
    name: 'references',
    title: { ko: '참고문헌', en: 'References' },
    description: { ko: '글이 본문과 표의 자료 줄에서 인용하는 문헌.', en: "The works the article cites in its text and in the tables' source lines." },
    parts: [{ key: 'references', schema: 'referenceSchema' }],
  },
  {
    name: 'editorial-notes',
    title: { ko: '편집자 주', en: 'Editorial notes' },
    description: {
      ko: '원문의 명백한 오식: 인쇄된 그대로의 글자, 바로잡은 글자와 편집자의 설명.',
      en: 'Evident misprints of the original print: the text as printed, the correction and the editor’s note.',
    },
    parts: [{ key: 'notes', schema: 'editorialNoteSchema' }],
  },
] as const satisfies readonly Dataset[];

export type DatasetName = (typeof DATASETS)[number]['name'];
export type TableDataset = Extract<(typeof DATASETS)[number], { table: TableId }>;

/** The datasets that are one of the article's tables (and so have CSV files). */
export const TABLE_DATASETS: readonly TableDataset[] = DATASETS.filter((d): d is TableDataset => 'table' in d);

export function findDataset(name: string): Dataset | undefined {
  return DATASETS.find((d) => d.name === name);
}

/** Site path of a dataset's JSON file (no language: both languages are in it). */
export const jsonPath = (name: string) => `data/${name}.json`;
/** Site path of a table dataset's CSV file in one language. */
export const csvPath = (lang: Lang, name: string) => `${lang}/data/${name}.csv`;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byKey = <T>(key: (x: T) => number) => (a: T, b: T) => key(a) - key(b);
const sorted = <T>(list: Entries<T>, compare: (a: T, b: T) => number): T[] => list.map((e) => e.data).sort(compare);
const rank = (options: readonly string[]) => (value: string) => options.indexOf(value);

/**
 * Each list of a dataset, its entries' data in a fixed order: the printed order where the data
 * has one (order, ordinal, number; within kind for the structure), otherwise by id.
 */
export function datasetParts(name: DatasetName, source: DatasetSource): { key: string; entries: unknown[] }[] {
  const order = byKey<{ order: number }>((x) => x.order);
  const bodyKind = rank(bodySchema.shape.kind.options);
  const lineKind = rank(missionLineSchema.shape.kind.options);
  const definitionKind = rank(definitionSchema.shape.id.options);
  switch (name) {
    case 'organisations':
      return [{ key: 'organisations', entries: sorted(source.organisations, byId) }];
    case 'congresses':
      return [{ key: 'congresses', entries: sorted(source.congresses, byKey((c) => c.ordinal)) }];
    case 'hague-agenda':
      return [
        { key: 'areas', entries: sorted(source.hagueAreas, order) },
        { key: 'rows', entries: sorted(source.hagueRows, order) },
        { key: 'definitions', entries: sorted(source.definitions, byKey((d) => definitionKind(d.id))) },
      ];
    case 'bogota-action-agenda':
      return [
        { key: 'levels', entries: sorted(source.bogotaLevels, order) },
        { key: 'actions', entries: sorted(source.bogotaActions, order) },
      ];
    case 'seoul-strategy':
      return [
        { key: 'categories', entries: sorted(source.seoulCategories, order) },
        { key: 'strategies', entries: sorted(source.seoulStrategies, order) },
      ];
    case 'structure':
      return [
        { key: 'bodies', entries: sorted(source.bodies, (a, b) => bodyKind(a.kind) - bodyKind(b.kind) || a.order - b.order || byId(a, b)) },
        { key: 'mission', entries: sorted(source.missionLines, (a, b) => lineKind(a.kind) - lineKind(b.kind) || a.order - b.order || byId(a, b)) },
      ];
    case 'glossary':
      return [{ key: 'terms', entries: sorted(source.glossary, byId) }];
    case 'footnotes':
      return [{ key: 'footnotes', entries: sorted(source.footnotes, byKey((f) => f.number)) }];
    case 'references':
      return [{ key: 'references', entries: sorted(source.references, byId) }];
    case 'editorial-notes':
      return [{ key: 'notes', entries: sorted(source.editorialNotes, byId) }];
  }
}

/** How many entries each list of a dataset holds. */
export function datasetCounts(name: DatasetName, source: DatasetSource): Record<string, number> {
  return Object.fromEntries(datasetParts(name, source).map((p) => [p.key, p.entries.length]));
}

/**
 * The JSON document of a dataset, pretty-printed: its title and description, where it comes from
 * (`origin`), the count of each list, the table's caption and columns (for a table), then the lists.
 */
export function datasetJson(name: DatasetName, source: DatasetSource, origin: Readonly<Record<string, unknown>>): string {
  const dataset = DATASETS.find((d) => d.name === name);
  if (!dataset) throw new Error(`No dataset named "${name}"`);
  const parts = datasetParts(name, source);
  const table = 'table' in dataset ? source.tables.find((t) => t.id === dataset.table)?.data : undefined;
  const document = {
    dataset: name,
    title: dataset.title,
    description: dataset.description,
    source: origin,
    counts: Object.fromEntries(parts.map((p) => [p.key, p.entries.length])),
    ...(table ? { table } : {}),
    ...Object.fromEntries(parts.map((p) => [p.key, p.entries])),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** A table as CSV: an `id` column, then the table's columns; group cells repeated on each row. */
export function tableCsv(table: TableModel, idHeading = 'id'): string {
  return toCsv([idHeading, ...table.columns], flattenRows(table).map((row) => [row.id, ...row.values]));
}
