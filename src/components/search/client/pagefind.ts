/** The parts of Pagefind's JS API the search page uses (pagefind/pagefind.js, 1.6), loaded once. */

export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
export interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindData> }[];
  totalFilters: Record<string, Record<string, number>>;
}
export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: { filters?: unknown }) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** A loader that imports Pagefind from `url` on first use, and hands out the same promise after. */
export function pagefindLoader(url: string): () => Promise<PagefindApi> {
  let api: Promise<PagefindApi> | undefined;
  return () =>
    (api ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
      // No web worker: it would fetch a second copy of the search code; the index is small.
      await pagefind.options({ excerptLength: 30, excerptEllipsis: '…', noWorker: true });
      return pagefind;
    })());
}
