import type { APIRoute } from 'astro';
import { langPaths, type Lang } from '../../../i18n/locales';
import { formatCitation } from '../../../lib/article/citation';
import { currentEdition } from '../../../lib/article/edition';
import { loadContent } from '../../../lib/content/collections';
import { absoluteHref, href } from '../../../lib/site/href';

export const getStaticPaths = langPaths;

/** The article's RIS record, for reference managers, naming the site's current edition. */
export const GET: APIRoute = async ({ params }) => {
  const target = { url: absoluteHref(href(params['lang'] as Lang, 'article')), edition: currentEdition((await loadContent()).changes) };
  return new Response(formatCitation('ris', target), { headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' } });
};
