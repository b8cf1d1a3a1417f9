// /data/<name>.schema.json: the JSON Schema of /data/<name>.json, from the content's own schemas.
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS, type Dataset } from '../../lib/tables/datasets';
import { datasetJsonSchema } from '../../lib/tables/json-schema';
import { absoluteHref, assetHref } from '../../lib/site/href';

export const getStaticPaths = (() => DATASETS.map((dataset) => ({ params: { name: dataset.name }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(datasetJsonSchema(props.dataset, (path) => absoluteHref(assetHref(path))), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
