// /<lang>/data/<name>.csv: one of the article's tables in one language, from the table model.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Lang } from '../../../i18n/locales';
import { loadContent } from '../../../lib/content/collections';
import { TABLE_DATASETS, tableCsv } from '../../../lib/tables/datasets';
import { buildTable, type TableId } from '../../../lib/tables/build';

export const getStaticPaths = (() =>
  LOCALES.flatMap((lang) => TABLE_DATASETS.map((dataset) => ({ params: { lang, name: dataset.name }, props: { table: dataset.table } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: TableId }> = async ({ params, props }) => {
  const csv = tableCsv(buildTable(await loadContent(), props.table, params['lang'] as Lang));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
