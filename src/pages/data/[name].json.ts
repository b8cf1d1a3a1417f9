// /data/<name>.json: one collection's entries, Korean and English side by side.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../lib/content/collections';
import { DATASETS, datasetJson, jsonSchemaPath, type Dataset } from '../../lib/tables/datasets';
import { absoluteHref, assetHref } from '../../lib/site/href';
import { ARTICLE } from '../../registry/article';

export const getStaticPaths = (() => DATASETS.map((dataset) => ({ params: { name: dataset.name }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = async ({ props }) => {
  const origin = { article: ARTICLE.title, magazine: ARTICLE.magazine, feature: ARTICLE.feature, firstPage: ARTICLE.firstPage };
  const json = datasetJson(props.dataset, await loadContent(), origin, absoluteHref(assetHref(jsonSchemaPath(props.dataset.name))));
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
