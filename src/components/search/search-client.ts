/**
 * The search page's script: runs Pagefind's JS API (loaded on the first query, never on other
 * pages), keeps the query and filters in the URL, and renders results with DOM methods only.
 * The query and page text are only ever set as text; an excerpt's <mark>s are rebuilt from
 * text parts (src/lib/search/page-state.ts), so no HTML from a query or a page can run.
 */
import {
  FILTER_NAMES,
  cleanTitle,
  exactTermsFirst,
  excerptAround,
  excerptParts,
  format,
  markTerms,
  normalizeQuery,
  pagefindFilters,
  queryTerms,
  readState,
  writeState,
  type FilterName,
  type SearchState,
  type TextPart,
} from '../../lib/search/page-state';

/** The parts of Pagefind's JS API this page uses (pagefind/pagefind.js, 1.6). */
interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindData> }[];
  totalFilters: Record<string, Record<string, number>>;
}
interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: { filters?: unknown }) => Promise<PagefindResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * Results rendered at once; "show more" adds as many again. Each loads its page's fragment, so
 * this bounds what the first query fetches.
 */
const PAGE_SIZE = 5;
/** Sub-results (headings of a page that match) shown under a result. */
const SUB_RESULTS = 3;
/**
 * While typing, search once the reader pauses, and only from two characters on: each search
 * loads the index chunks its words may start with, and a single letter may start many. (Our
 * own debounce, not Pagefind's debouncedSearch, which preloads on every keystroke.)
 */
const DEBOUNCE_MS = 250;
const MIN_TYPED_LENGTH = 2;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const output = root.querySelector<HTMLElement>('[data-search-output]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const messages = root.dataset;
  const choices = (name?: FilterName) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[type="radio"]${name ? `[name="${name}"]` : ''}`)];
  const kindLabels = new Map(
    [...form.querySelectorAll<HTMLElement>('[data-search-filter="kind"] [data-filter-option]')].map((label) => [
      label.dataset['filterOption'] ?? '',
      label.querySelector('span')?.textContent ?? '',
    ]),
  );

  root.classList.add('search--ready');

  let api: Promise<PagefindApi> | undefined;
  const load = (): Promise<PagefindApi> =>
    (api ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ messages['pagefind'] ?? '/pagefind/pagefind.js')) as PagefindApi;
      // No web worker: it would fetch a second copy of the search code; the index is small.
      await pagefind.options({ excerptLength: 30, excerptEllipsis: '…', noWorker: true });
      return pagefind;
    })());

  const state = (): SearchState => ({
    query: input.value.trim(),
    filters: Object.fromEntries(
      FILTER_NAMES.map((name) => [name, choices(name).filter((choice) => choice.checked && choice.value !== '').map((choice) => choice.value)]),
    ) as Record<FilterName, string[]>,
  });

  const say = (text: string) => {
    status.textContent = text;
  };

  /** Shows each filter value's count; on the first call, hides the values no page has. */
  function showCounts(counts: Record<string, Record<string, number>>, first = false): void {
    for (const choice of choices()) {
      if (choice.value === '') continue;
      const count = counts[choice.name]?.[choice.value] ?? 0;
      const label = choice.closest('label');
      const slot = label?.querySelector('[data-filter-count]');
      if (slot) slot.textContent = `(${count})`;
      if (first && label && count === 0 && !choice.checked) label.hidden = true;
    }
  }

  function appendParts(element: HTMLElement, parts: readonly TextPart[]): void {
    for (const part of parts) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        element.append(mark);
      } else element.append(document.createTextNode(part.text));
    }
  }

  function excerptFor(excerpt: string, content: string, terms: string[]): TextPart[] {
    const parts = excerptParts(excerpt);
    if (parts.some((part) => part.mark)) return markTerms(parts, terms);
    // Found through hidden keywords (a part of a compound): show where the part stands.
    return excerptAround(content, terms) ?? parts;
  }

  function renderResult(data: PagefindData, terms: string[]): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const kind = data.filters['kind']?.[0];
    const label = [kind ? (kindLabels.get(kind) ?? kind) : undefined, data.meta['group']].filter(Boolean).join(' · ');
    if (label) {
      const kindLine = document.createElement('p');
      kindLine.className = 'search-kind';
      kindLine.textContent = label;
      item.append(kindLine);
    }
    const heading = document.createElement('h3');
    heading.className = 'search-result__title';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = cleanTitle(data.meta['title'] ?? '') || data.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    appendParts(excerpt, excerptFor(data.excerpt, data.content, terms));
    item.append(heading, excerpt);

    // Headings of the page that match, except the page's own title (its h1 or the section's h2).
    const subs = data.sub_results.filter((sub) => sub.url !== data.url && sub.url.includes('#') && sub.title !== data.meta['title']).slice(0, SUB_RESULTS);
    if (subs.length > 0) {
      const subList = document.createElement('ul');
      subList.className = 'search-subresults';
      subList.setAttribute('aria-label', list.dataset['subLabel'] ?? '');
      for (const sub of subs) {
        const subItem = document.createElement('li');
        const subLink = document.createElement('a');
        subLink.href = sub.url;
        subLink.textContent = cleanTitle(sub.title);
        const subExcerpt = document.createElement('p');
        appendParts(subExcerpt, markTerms(excerptParts(sub.excerpt), terms));
        subItem.append(subLink, subExcerpt);
        subList.append(subItem);
      }
      item.append(subList);
    }
    return item;
  }

  let sequence = 0;
  let pending: PagefindResponse['results'] = [];
  let terms: string[] = [];

  /** Renders the next results; returns the first one added. */
  async function showMore(run: number, query = ''): Promise<HTMLLIElement | undefined> {
    const batch = pending.slice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (run !== sequence) return undefined;
    pending = pending.slice(batch.length);
    const items = (query ? exactTermsFirst(data, query) : data).map((entry) => renderResult(entry, terms));
    list.append(...items);
    more.hidden = pending.length === 0;
    return items[0];
  }

  /**
   * The filters' counts need Pagefind's filter files: they are loaded once the reader reaches
   * for a filter, or with the second search, so the first query fetches only what it shows.
   */
  let counted: Promise<void> | undefined;
  let searches = 0;
  const loadCounts = () =>
    (counted ??= load()
      .then(async (pagefind) => {
        showCounts(await pagefind.filters(), true);
        const current = state();
        const query = normalizeQuery(current.query);
        const filters = pagefindFilters(current.filters);
        if (query || Object.keys(filters).length > 0) showCounts((await pagefind.search(query || null, { filters })).totalFilters);
      })
      .catch(() => undefined));

  async function search(current: SearchState): Promise<void> {
    const run = ++sequence;
    history.replaceState(history.state, '', `${location.pathname}${writeState(current)}${location.hash}`);
    const query = normalizeQuery(current.query);
    const filters = pagefindFilters(current.filters);
    if (!query && Object.keys(filters).length === 0) {
      list.replaceChildren();
      output.hidden = true;
      say(messages['msgIdle'] ?? '');
      return;
    }
    say(messages['msgLoading'] ?? '');
    try {
      const pagefind = await load();
      const options = { filters };
      // An empty query with filters lists every page of those kinds.
      const term = query || null;
      const response = await pagefind.search(term, options);
      if (run !== sequence) return;
      terms = queryTerms(query);
      pending = response.results;
      list.replaceChildren();
      await showMore(run, query);
      if (run !== sequence) return;
      output.hidden = response.results.length === 0;
      searches++;
      if (counted) showCounts(response.totalFilters);
      else if (searches > 1) void loadCounts();
      const shown = current.query.length > 40 ? `${current.query.slice(0, 40)}…` : current.query;
      const count = response.results.length;
      say(format(messages[count === 0 ? 'msgNone' : count === 1 ? 'msgCountOne' : 'msgCount'] ?? '', { count, query: shown }));
    } catch {
      if (run !== sequence) return;
      say(messages['msgError'] ?? '');
      root.classList.add('search--failed');
    }
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  const searchNow = () => {
    clearTimeout(typing);
    void search(state());
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow();
  });
  input.addEventListener('input', () => {
    clearTimeout(typing);
    const length = normalizeQuery(input.value).length;
    if (length === 0 || length >= MIN_TYPED_LENGTH) typing = setTimeout(searchNow, DEBOUNCE_MS);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'radio') searchNow();
  });
  form.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'radio') void loadCounts();
  });
  form.addEventListener('pointerover', (event) => {
    if (event.target instanceof Element && event.target.closest('fieldset')) void loadCounts();
  });
  more.addEventListener('click', () => {
    void showMore(sequence)
      .then((first) => first?.querySelector('a')?.focus())
      .catch(() => say(messages['msgError'] ?? ''));
  });

  // The URL's query and filters (a shared link, a reload, the form sent without JavaScript).
  const initial = readState(location.search);
  input.value = initial.query;
  for (const name of FILTER_NAMES) {
    const wanted = initial.filters[name][0] ?? '';
    const choice = choices(name).find((c) => c.value === wanted) ?? choices(name).find((c) => c.value === '');
    if (choice) choice.checked = true;
  }
  searchNow();
}
