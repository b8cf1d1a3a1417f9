import type { APIRoute } from 'astro';
import { langPaths, type Lang } from '../../../i18n/locales';
import { loadContent } from '../../../lib/content/collections';
import { buildTable } from '../../../lib/tables/build';
import { pagePath } from '../../../lib/site/paths';
import { strategyRowRecords } from '../../../lib/search/records';

export const getStaticPaths = langPaths;

/**
 * The strategy table rows as search records, read by the search index integration at the end of
 * the build (which cannot load content collections itself) and then removed from the output.
 */
export const GET: APIRoute = async ({ params }) => {
  const lang = params['lang'] as Lang;
  const content = await loadContent();
  const records = [
    ...strategyRowRecords(buildTable(content, 'table-3', lang), `/${pagePath(lang, 'bogota')}`, 'level'),
    ...strategyRowRecords(buildTable(content, 'table-4', lang), `/${pagePath(lang, 'seoul')}`, 'category'),
  ];
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
