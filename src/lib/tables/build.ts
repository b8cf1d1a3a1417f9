/**
 * Builds the language-resolved model of each of the article's tables from its collections: tables
 * 1 and 2 by their own rules, the strategy tables from their registry entries. Each model is built
 * once per build and language.
 */
import { useTranslations } from '../../i18n';
import type { Lang } from '../../i18n/locales';
import { congressOrdinal } from '../entries/congress';
import type { LocalizedText } from '../../schemas/localized';
import { STRATEGY_TABLES, type CellSpec, type StrategyTableEntry } from '../../registry/strategy-tables';
import type { DataContent, Entry } from '../content/read';
import { bullets, text, type Cell, type TableModel } from './model';
import { externalSources } from '../content/provenance';
import { congressSchema } from '../../schemas/congress';
import { hagueRowSchema } from '../../schemas/hague-agenda';

/** The tables the site builds: Hague Agenda, World Congresses, then the strategy tables. */
export const TABLE_IDS = ['table-1', 'table-2', ...STRATEGY_TABLES.map((table) => table.table)] as const;
export type TableId = (typeof TABLE_IDS)[number];

export function isTableId(id: string): id is TableId {
  return (TABLE_IDS as readonly string[]).includes(id);
}

type Content = DataContent;

function meta(content: Content, id: TableId, lang: Lang) {
  const entry = content.tables.find((t) => t.id === id);
  if (!entry) throw new Error(`content/tables.yaml: expected an entry with id "${id}"`);
  const { number, title, source, columns } = entry.data;
  if (number === undefined || !columns) throw new Error(`content/tables.yaml: entry "${id}" needs "number" and "columns"`);
  return { id, number, title: title[lang], source: source?.[lang], columns: columns.map((c) => c[lang]) };
}

function hague(content: Content, lang: Lang): TableModel {
  return {
    ...meta(content, 'table-1', lang),
    groupColumns: 1,
    groups: content.hagueAreas.map((area) => ({
      id: area.id,
      cells: [[text(area.data.label[lang])]],
      rows: content.hagueRows
        .filter((row) => row.data.area === area.id)
        .map((row) => ({
          id: row.id,
          cells: [[text(row.data.title[lang])], [bullets([row.data.content[lang]])]],
          notes: row.data.editorialNotes ?? [],
          sources: externalSources(hagueRowSchema, row.data, lang),
        })),
    })),
  };
}

/** "(프랑스 파리)", "(Paris, France)"; a city named after its country is not doubled: "(멕시코 시티)". */
export function place(city: string, country: string, lang: Lang): string {
  if (city.startsWith(country)) return `(${city})`;
  return useTranslations(lang)('label.congressPlace', { city, country });
}

function congresses(content: Content, lang: Lang): TableModel {
  const ordinal = (n: number) => congressOrdinal(n, lang);
  return {
    ...meta(content, 'table-2', lang),
    groupColumns: 0,
    groups: [
      {
        id: 'congresses',
        cells: [],
        rows: content.congresses.map(({ id, data }) => {
          const [y, m] = data.date.split('-');
          const first: Cell = [
            text(`${y}. ${Number(m)}`),
            text(ordinal(data.ordinal)),
            text(place(data.city[lang], data.country[lang], lang)),
          ];
          const second: Cell = [text(data.purpose[lang]), { kind: 'text', text: data.motto, lang: 'en' }];
          const third: Cell = data.outcomes.flatMap((o) => [
            { kind: 'heading' as const, text: o.heading[lang], footnote: o.footnote },
            ...(o.items.length > 0 ? [bullets(o.items.map((i) => i[lang]))] : []),
          ]);
          return { id, cells: [first, second, third], notes: data.editorialNotes ?? [], sources: externalSources(congressSchema, data, lang) };
        }),
      },
    ],
  };
}

/** A cell read from a field: its text, or its item(s) as bullets. */
function cellOf(data: Record<string, unknown>, spec: CellSpec<Record<string, unknown>>, lang: Lang): Cell {
  const value = data[spec.field] as LocalizedText | readonly LocalizedText[];
  const values = Array.isArray(value) ? value : [value as LocalizedText];
  return spec.bullets ? [bullets(values.map((v) => v[lang]))] : values.map((v) => text(v[lang]));
}

/** A strategy table: its groups, each with the rows that name it, cells as its registry entry says. */
function strategy(entry: StrategyTableEntry): (content: Content, lang: Lang) => TableModel {
  type Data = Record<string, unknown>;
  const groupCells = entry.groups.cells as readonly CellSpec<Data>[];
  const rowCells = entry.rows.cells as readonly CellSpec<Data>[];
  return (content, lang) => ({
    ...meta(content, entry.table, lang),
    groupColumns: groupCells.length,
    groups: (content[entry.groups.collection] as Entry<Data>[]).map((group) => ({
      id: group.id,
      cells: groupCells.map((spec) => cellOf(group.data, spec, lang)),
      rows: (content[entry.rows.collection] as Entry<Data & { editorialNotes?: string[] }>[])
        .filter((row) => row.data[entry.rows.group] === group.id)
        .map((row) => ({
          id: row.id,
          cells: rowCells.map((spec) => cellOf(row.data, spec, lang)),
          notes: row.data.editorialNotes ?? [],
          sources: externalSources(entry.rows.schema, row.data, lang),
        })),
    })),
  });
}

const builders: Record<string, (content: Content, lang: Lang) => TableModel> = {
  'table-1': hague,
  'table-2': congresses,
  ...Object.fromEntries(STRATEGY_TABLES.map((entry) => [entry.table, strategy(entry)])),
};

const built = new WeakMap<Content, Map<string, TableModel>>();

/** The model of one of the article's tables in one language. */
export function buildTable(content: Content, id: TableId, lang: Lang): TableModel {
  const models = built.get(content) ?? new Map<string, TableModel>();
  built.set(content, models);
  const key = `${id}/${lang}`;
  let model = models.get(key);
  if (!model) {
    const builder = builders[id];
    if (!builder) throw new Error(`No table "${id}" is built (expected one of ${TABLE_IDS.join(', ')})`);
    model = builder(content, lang);
    models.set(key, model);
  }
  return model;
}
