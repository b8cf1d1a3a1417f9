/**
 * The data downloads: one JSON file per collection (both languages side by side) and one CSV
 * per table and language (made from the same table model as the HTML table). The data page
 * lists what is defined here, so a download cannot exist without being documented; the strategy
 * tables' datasets come from their registry entries (registry/strategy-tables.ts).
 */
import type { z } from 'astro/zod';
import type { Lang } from '../../i18n/locales';
import type { LocalizedText } from '../../schemas/localized';
import { organisationSchema } from '../../schemas/organisation';
import { congressOutcomeSchema, congressSchema } from '../../schemas/congress';
import { definitionSchema, hagueAreaSchema, hagueRowSchema } from '../../schemas/hague-agenda';
import { bodySchema, missionLineSchema } from '../../schemas/structure';
import { glossaryTermSchema } from '../../schemas/glossary';
import { footnoteSchema } from '../../schemas/footnote';
import { referenceSchema } from '../../schemas/reference';
import { editorialNoteSchema } from '../../schemas/editorial-note';
import { STRATEGY_TABLES } from '../../registry/strategy-tables';
import type { DataContent, Entry } from '../content/read';
import { declaredKinds } from '../content/provenance';
import { toCsv } from './csv';
import { flattenRows, type TableModel } from './model';
import type { TableId } from './build';

/** A field of a schema that a CSV column is made from. */
export interface FieldRef {
  schema: z.ZodObject;
  field: string;
}

/** One list of a dataset's JSON file. */
export interface DatasetPart {
  /** Its key in the JSON file. */
  key: string;
  /** The schema of one entry: its description and its fields' document the list. */
  schema: z.ZodObject;
  /** Its entries' data, in a fixed order. */
  entries: (content: DataContent) => unknown[];
}

export interface Dataset {
  /** The file name: `/data/<name>.json`, and `/<lang>/data/<name>.csv` for a table. */
  name: string;
  title: LocalizedText;
  description: LocalizedText;
  parts: readonly DatasetPart[];
  /** The article table this dataset is, if any: it then has a CSV per language. */
  table?: TableId;
  /** For a CSV: the schema fields each column after `id` is made from, in column order. */
  csvColumns?: readonly (readonly FieldRef[])[];
}

const fields = (schema: z.ZodObject, ...names: string[]): FieldRef[] => names.map((field) => ({ schema, field }));
const byId = (a: Entry<unknown>, b: Entry<unknown>) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** The data of a list in the order the content is loaded in (the printed order where it has one). */
const asLoaded = <T>(list: readonly Entry<T>[]): T[] => list.map((e) => e.data);
/** The data of a list by id. */
const byIds = <T>(list: readonly Entry<T>[]): T[] => [...list].sort(byId).map((e) => e.data);
/** Within kind (in the schema's order of kinds), then in print order. */
const byKindThenOrder = <T extends { kind: string; order: number }>(kinds: readonly string[], list: readonly Entry<T>[]): T[] =>
  [...list].sort((a, b) => kinds.indexOf(a.data.kind) - kinds.indexOf(b.data.kind) || a.data.order - b.data.order || byId(a, b)).map((e) => e.data);

const strategyDatasets: Dataset[] = STRATEGY_TABLES.map((table) => ({
  ...table.dataset,
  parts: [
    { key: table.groups.key, schema: table.groups.schema, entries: (content) => asLoaded<unknown>(content[table.groups.collection]) },
    { key: table.rows.key, schema: table.rows.schema, entries: (content) => asLoaded<unknown>(content[table.rows.collection]) },
  ],
  table: table.table,
  csvColumns: [...table.groups.cells, ...table.rows.cells].map((cell, i) => fields(i < table.groups.cells.length ? table.groups.schema : table.rows.schema, cell.field)),
}));

export const DATASETS: readonly Dataset[] = [
  {
    name: 'organisations',
    title: { ko: '기구', en: 'Organisations' },
    description: {
      ko: '그림 1의 UCLG 계보에 나오는 기구와 글이 함께 언급하는 기구들: 약칭, 원어 이름, 한국어·영어 이름, 설립 연도와 목적, 그리고 설명(편집자의 글, 또는 표시된 경우 글의 인용).',
      en: "The organisations of UCLG's lineage (Figure 1) and those the article names beside them: abbreviation, original name, Korean and English names, founding year and purposes, and a description (the editors', or a quotation of the article where marked).",
    },
    parts: [{ key: 'organisations', schema: organisationSchema, entries: (content) => asLoaded(content.organisations) }],
  },
  {
    name: 'congresses',
    title: { ko: 'UCLG 세계총회 (표 2)', en: 'UCLG World Congresses (Table 2)' },
    description: {
      ko: '표 2: UCLG 세계총회별 개최 시기와 도시, 회의 배경·목적과 모토, 주요 내용 및 결정 사항.',
      en: 'Table 2: each UCLG World Congress with its date and host city, its background, purpose and motto, and its main content and decisions.',
    },
    parts: [{ key: 'congresses', schema: congressSchema, entries: (content) => asLoaded(content.congresses) }],
    table: 'table-2',
    csvColumns: [
      fields(congressSchema, 'date', 'ordinal', 'city', 'country'),
      fields(congressSchema, 'purpose', 'motto'),
      [...fields(congressSchema, 'outcomes'), ...fields(congressOutcomeSchema, 'heading', 'items', 'footnote')],
    ],
  },
  {
    name: 'hague-agenda',
    title: { ko: '헤이그 도시외교의제 (표 1)', en: 'The Hague Agenda on City Diplomacy (Table 1)' },
    description: {
      ko: '표 1: ‘헤이그 도시외교의제’의 문제영역과 항목별 제목·핵심 내용, 그리고 준비과정에서 유지되어 온 도시외교 개념과 최종 채택된 정의.',
      en: 'Table 1: the problem areas of The Hague Agenda on City Diplomacy and the title and key content of each item, with the concept of city diplomacy used during the preparation and the definition finally adopted.',
    },
    parts: [
      { key: 'areas', schema: hagueAreaSchema, entries: (content) => asLoaded(content.hagueAreas) },
      { key: 'rows', schema: hagueRowSchema, entries: (content) => asLoaded(content.hagueRows) },
      { key: 'definitions', schema: definitionSchema, entries: (content) => asLoaded(content.definitions) },
    ],
    table: 'table-1',
    csvColumns: [fields(hagueAreaSchema, 'label'), fields(hagueRowSchema, 'title'), fields(hagueRowSchema, 'content')],
  },
  ...strategyDatasets,
  {
    name: 'structure',
    title: { ko: 'UCLG의 조직', en: "UCLG's structure" },
    description: {
      ko: 'UCLG의 거버넌스 기구, 위원회, 실무그룹, 특별임무반, 부문과 외부 네트워크(글이 그 곁에 드는 유엔 회의 포함), 그리고 임무·목표·과업 상자의 각 줄.',
      en: "UCLG's governing bodies, committees, working groups, taskforces, sections and external networks (with the UN conferences the article names beside them), and each line of the mission / goals / tasks box.",
    },
    parts: [
      { key: 'bodies', schema: bodySchema, entries: (content) => byKindThenOrder(bodySchema.shape.kind.options, content.bodies) },
      { key: 'mission', schema: missionLineSchema, entries: (content) => byKindThenOrder(missionLineSchema.shape.kind.options, content.missionLines) },
    ],
  },
  {
    name: 'glossary',
    title: { ko: '용어', en: 'Glossary' },
    description: {
      ko: '글이 한국어와 영어로 짝지어 쓰거나 정의하거나 핵심 개념으로 쓰는 용어, 글이 짝지은 이름 가운데 다른 자료에 없는 것, 그리고 편집자가 쓴 정의.',
      en: "The terms the article pairs in Korean and English, defines or uses as key concepts, and the names it pairs that are in no other dataset, with the editors' definitions.",
    },
    parts: [{ key: 'terms', schema: glossaryTermSchema, entries: (content) => byIds(content.glossary) }],
  },
  {
    name: 'footnotes',
    title: { ko: '각주', en: 'Footnotes' },
    description: { ko: '글의 각주, 인쇄된 번호 순서대로.', en: "The article's footnotes, in the order of their printed numbers." },
    parts: [{ key: 'footnotes', schema: footnoteSchema, entries: (content) => asLoaded(content.footnotes) }],
  },
  {
    name: 'references',
    title: { ko: '참고문헌', en: 'References' },
    description: {
      ko: '글이 본문과 표의 자료 줄에서 인용하는 문헌, 그리고 편집자가 원문 밖의 사실을 확인한 자료.',
      en: "The works the article cites in its text and in the tables' source lines, and the sources the editors consulted for facts from outside the article.",
    },
    parts: [{ key: 'references', schema: referenceSchema, entries: (content) => byIds(content.references) }],
  },
  {
    name: 'editorial-notes',
    title: { ko: '편집자 주', en: 'Editorial notes' },
    description: {
      ko: '원문의 오식과 편집자가 의문을 가진 곳: 인쇄된 그대로의 글자, 바로잡거나 제안하는 읽기, 편집자의 설명.',
      en: "Misprints in the original print and passages the editors doubt: the text as printed, the correction or proposed reading, and the editors' note.",
    },
    parts: [{ key: 'notes', schema: editorialNoteSchema, entries: (content) => byIds(content.editorialNotes) }],
  },
];

/** The datasets that are one of the article's tables (and so have CSV files). */
export const TABLE_DATASETS = DATASETS.filter((d): d is Dataset & { table: TableId; csvColumns: readonly (readonly FieldRef[])[] } => d.table !== undefined && d.csvColumns !== undefined);

export function findDataset(name: string): Dataset | undefined {
  return DATASETS.find((d) => d.name === name);
}

/** Site path of a dataset's JSON file (no language: both languages are in it). */
export const jsonPath = (name: string) => `data/${name}.json`;
/** Site path of the JSON Schema of a dataset's JSON file. */
export const jsonSchemaPath = (name: string) => `data/${name}.schema.json`;
/** Site path of a table dataset's CSV file in one language. */
export const csvPath = (lang: Lang, name: string) => `${lang}/data/${name}.csv`;

/** Each list of a dataset, its entries' data in a fixed order. */
export function datasetParts(dataset: Dataset, content: DataContent): { key: string; entries: unknown[] }[] {
  return dataset.parts.map((part) => ({ key: part.key, entries: part.entries(content) }));
}

/** How many entries each list of a dataset holds. */
export function datasetCounts(dataset: Dataset, content: DataContent): Record<string, number> {
  return Object.fromEntries(datasetParts(dataset, content).map((p) => [p.key, p.entries.length]));
}

/** What the kinds of text mean, written into every download. */
export const PROVENANCE_LEGEND = {
  source: 'Verbatim from the printed article (Korean, or English the article prints).',
  translation: 'The editors’ English of a source text; misprints are corrected, and words in square brackets are the editors’ insertions.',
  editorial: 'Written by the site’s editors (summaries, descriptions, definitions); not the article’s words.',
  external: 'Contains a fact or wording from outside the article (a name, a date, a published text); the override names its work by the id of an entry in references.json.',
} as const;

/**
 * A dataset's description of where its texts come from: what each kind means, what each field of
 * each list declares, and how an entry overrides one of its texts.
 */
export function datasetProvenance(dataset: Dataset) {
  return {
    kinds: PROVENANCE_LEGEND,
    fields: Object.fromEntries(dataset.parts.map((part) => [part.key, declaredKinds(part.schema)])),
    overrides: 'An entry whose text differs from its field’s kind says so in its own `provenance` map, by field path (`name.en`); an external text names its work by the id of an entry of references.json.',
  };
}

/**
 * The JSON document of a dataset, pretty-printed: the address of its JSON Schema, its title and description, where it comes from
 * (`origin`), the count of each list, the table's caption and columns (for a table), then the lists.
 */
export function datasetJson(dataset: Dataset, content: DataContent, origin: Readonly<Record<string, unknown>>, schemaUrl = jsonSchemaPath(dataset.name)): string {
  const parts = datasetParts(dataset, content);
  const table = dataset.table ? content.tables.find((t) => t.id === dataset.table)?.data : undefined;
  const document = {
    $schema: schemaUrl,
    dataset: dataset.name,
    title: dataset.title,
    description: dataset.description,
    provenance: datasetProvenance(dataset),
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
