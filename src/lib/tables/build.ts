/** Builds the language-resolved model of each of the article's four tables from its collections. */
import type { Lang } from '../../i18n/locales';
import type { Content } from '../content/collections';
import { bullets, text, type Cell, type TableModel } from './model';

export const TABLE_IDS = ['table-1', 'table-2', 'table-3', 'table-4'] as const;
export type TableId = (typeof TABLE_IDS)[number];

export function isTableId(id: string): id is TableId {
  return (TABLE_IDS as readonly string[]).includes(id);
}

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
        })),
    })),
  };
}

/** "(프랑스 파리)", "(Paris, France)"; a city named after its country is not doubled: "(멕시코 시티)". */
export function place(city: string, country: string, lang: Lang): string {
  if (city.startsWith(country)) return `(${city})`;
  return lang === 'ko' ? `(${country} ${city})` : `(${city}, ${country})`;
}

function congresses(content: Content, lang: Lang): TableModel {
  const ordinal = (n: number) => (lang === 'ko' ? `제${n}차 세계총회` : `${['1st', '2nd', '3rd', '4th', '5th'][n - 1] ?? `${n}th`} World Congress`);
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
          return { id, cells: [first, second, third], notes: data.editorialNotes ?? [] };
        }),
      },
    ],
  };
}

function bogota(content: Content, lang: Lang): TableModel {
  return {
    ...meta(content, 'table-3', lang),
    groupColumns: 2,
    groups: content.bogotaLevels.map((level) => ({
      id: level.id,
      cells: [[text(level.data.label[lang])], [text(level.data.goal[lang])]],
      rows: content.bogotaActions
        .filter((row) => row.data.level === level.id)
        .map((row) => ({
          id: row.id,
          cells: [[text(row.data.sector[lang])], [bullets([row.data.action[lang]])]],
          notes: row.data.editorialNotes ?? [],
        })),
    })),
  };
}

function seoul(content: Content, lang: Lang): TableModel {
  return {
    ...meta(content, 'table-4', lang),
    groupColumns: 1,
    groups: content.seoulCategories.map((category) => ({
      id: category.id,
      cells: [[text(category.data.label[lang])]],
      rows: content.seoulStrategies
        .filter((row) => row.data.category === category.id)
        .map((row) => ({
          id: row.id,
          cells: [[text(row.data.focus[lang])], [bullets(row.data.considerations.map((c) => c[lang]))]],
          notes: row.data.editorialNotes ?? [],
        })),
    })),
  };
}

const builders: Record<TableId, (content: Content, lang: Lang) => TableModel> = {
  'table-1': hague,
  'table-2': congresses,
  'table-3': bogota,
  'table-4': seoul,
};

/** The model of one of the article's tables in one language. */
export function buildTable(content: Content, id: TableId, lang: Lang): TableModel {
  return builders[id](content, lang);
}
