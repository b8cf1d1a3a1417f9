import type { APIRoute } from 'astro';
import { langPaths, type Lang } from '../../../i18n/locales';
import { formatCitation } from '../../../lib/article/citation';
import { href } from '../../../lib/site/href';

export const getStaticPaths = langPaths;

/** The article's RIS record, for reference managers. */
export const GET: APIRoute = ({ params, site }) => {
  const url = new URL(href(params['lang'] as Lang, 'article'), site).href;
  return new Response(formatCitation('ris', { url }), { headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' } });
};
