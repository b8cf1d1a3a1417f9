// /data/<name>.json: one collection's entries, Korean and English side by side.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../lib/content/collections';
import { DATASETS, datasetJson, type DatasetName } from '../../lib/tables/datasets';
import { ARTICLE } from '../../lib/article/meta';

export const getStaticPaths = (() => DATASETS.map((dataset) => ({ params: { name: dataset.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const origin = { article: ARTICLE.title, magazine: ARTICLE.magazine, feature: ARTICLE.feature, firstPage: ARTICLE.firstPage };
  const json = datasetJson(params['name'] as DatasetName, await loadContent(), origin);
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
