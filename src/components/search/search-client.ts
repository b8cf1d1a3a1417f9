/**
 * The search page's script: runs Pagefind's JS API (loaded on the first query, never on other
 * pages), keeps the query and filters in the URL, and renders results with DOM methods only
 * (client/results.ts). Where it cannot run, it leaves the page as it is without JavaScript: the
 * fallback (glossary, every page) stays visible and says why.
 */
import { exactTermsFirst, filterSummary, normalizeQuery, pagefindFilters, queryTerms, readState, writeState, type SearchState } from '../../lib/search/page-state';
import { format } from '../../i18n/format';
import { chosenLabels, filterNames, optionLabels, readForm, showCounts, writeForm } from './client/form';
import { pagefindLoader, type PagefindApi, type PagefindResponse } from './client/pagefind';
import { renderResult, type ResultLabels } from './client/results';

/**
 * Results rendered at once; "show more" adds as many again. Each loads its page's fragment, so
 * this bounds what the first query fetches.
 */
const PAGE_SIZE = 5;
/**
 * While typing, search once the reader pauses, and only from two characters on: each search
 * loads the index chunks its words may start with, and a single letter may start many. (Our
 * own debounce, not Pagefind's debouncedSearch, which preloads on every keystroke.)
 */
const DEBOUNCE_MS = 250;
const MIN_TYPED_LENGTH = 2;

/** What the script needs of the page; undefined when it is not the search page. */
interface Page {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  output: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  /** The filters' disclosure, and the part of its summary that says which filters are active. */
  filters: HTMLDetailsElement;
  filtersState: HTMLElement;
  /** The page's interface strings and settings (`data-msg-*`, `data-pagefind`). */
  messages: DOMStringMap;
}

function findPage(): Page | undefined {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const output = root?.querySelector<HTMLElement>('[data-search-output]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root?.querySelector<HTMLButtonElement>('[data-search-more]');
  const filters = form?.querySelector<HTMLDetailsElement>('details[data-search-filters]');
  const filtersState = filters?.querySelector<HTMLElement>('[data-search-filters-state]');
  if (!root || !form || !input || !status || !output || !list || !more || !filters || !filtersState) return undefined;
  return { root, form, input, status, output, list, more, filters, filtersState, messages: root.dataset };
}

/** What the script relies on beyond Pagefind itself; without it the page stays as without JavaScript. */
const supported = () => typeof RegExp.escape === 'function' && typeof CSS !== 'undefined' && typeof CSS.escape === 'function';

/** One page's search: its state between queries, and the steps of a query. */
function session(page: Page) {
  const { form, input, status, output, list, more, messages } = page;
  const load = pagefindLoader(messages['pagefind'] ?? '/pagefind/pagefind.js');
  const labels: ResultLabels = { kinds: optionLabels(form, 'kind'), subResults: list.dataset['subLabel'] ?? '' };
  let sequence = 0;
  let pending: PagefindResponse['results'] = [];
  let terms: string[] = [];
  let searches = 0;
  let counted: Promise<void> | undefined;

  const say = (text: string) => {
    status.textContent = text;
  };
  const fail = () => {
    say(messages['msgError'] ?? '');
    page.root.classList.add('search--failed');
  };

  /** Renders the next results of the current query; returns the first one added. */
  async function showMore(run: number, query = ''): Promise<HTMLLIElement | undefined> {
    const batch = pending.slice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (run !== sequence) return undefined;
    pending = pending.slice(batch.length);
    const items = (query ? exactTermsFirst(data, query) : data).map((entry) => renderResult(entry, terms, labels));
    list.append(...items);
    more.hidden = pending.length === 0;
    return items[0];
  }

  /**
   * The filters' counts need Pagefind's filter files: they are loaded once the reader reaches
   * for a filter, or with the second search, so the first query fetches only what it shows.
   */
  const loadCounts = () =>
    (counted ??= load()
      .then(async (pagefind: PagefindApi) => {
        showCounts(form, await pagefind.filters(), true);
        const current = readForm(form, input);
        const query = normalizeQuery(current.query);
        const filters = pagefindFilters(current.filters);
        if (query || Object.keys(filters).length > 0) showCounts(form, (await pagefind.search(query || null, { filters })).totalFilters);
      })
      .catch(() => undefined));

  function clear(): void {
    list.replaceChildren();
    output.hidden = true;
    say(messages['msgIdle'] ?? '');
  }

  function announce(current: SearchState, count: number): void {
    const shown = current.query.length > 40 ? `${current.query.slice(0, 40)}…` : current.query;
    say(format(messages[count === 0 ? 'msgNone' : count === 1 ? 'msgCountOne' : 'msgCount'] ?? '', { count, query: shown }));
  }

  async function search(current: SearchState): Promise<void> {
    const run = ++sequence;
    history.replaceState(history.state, '', `${location.pathname}${writeState(current)}${location.hash}`);
    const query = normalizeQuery(current.query);
    const filters = pagefindFilters(current.filters);
    // An empty query with filters lists every page of those kinds; neither, nothing.
    if (!query && Object.keys(filters).length === 0) return clear();
    say(messages['msgLoading'] ?? '');
    try {
      const response = await (await load()).search(query || null, { filters });
      if (run !== sequence) return;
      terms = queryTerms(query);
      pending = response.results;
      list.replaceChildren();
      await showMore(run, query);
      if (run !== sequence) return;
      output.hidden = response.results.length === 0;
      searches++;
      if (counted) showCounts(form, response.totalFilters);
      else if (searches > 1) void loadCounts();
      announce(current, response.results.length);
    } catch {
      if (run === sequence) fail();
    }
  }

  const showNext = () =>
    showMore(sequence)
      .then((first) => first?.querySelector('a')?.focus())
      .catch(() => say(messages['msgError'] ?? ''));

  return { search, loadCounts, showNext };
}

/** Says in the folded filters' summary how many filters are active, and which. */
function showActiveFilters(page: Page): void {
  const { messages } = page;
  page.filtersState.textContent = filterSummary(chosenLabels(page.form), { none: messages['msgFiltersNone'] ?? '', active: messages['msgFiltersActive'] ?? '' });
}

/** Connects the form to the session: submit, typing (debounced), a filter chosen, "show more". */
function listen(page: Page, search: ReturnType<typeof session>): () => void {
  const { form, input, more, filters } = page;
  let typing: ReturnType<typeof setTimeout> | undefined;
  const searchNow = () => {
    clearTimeout(typing);
    void search.search(readForm(form, input));
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
  const isFilter = (target: EventTarget | null) => target instanceof HTMLInputElement && target.type === 'radio';
  form.addEventListener('change', (event) => {
    if (!isFilter(event.target)) return;
    showActiveFilters(page);
    searchNow();
  });
  filters.addEventListener('toggle', () => {
    if (filters.open) void search.loadCounts();
  });
  form.addEventListener('focusin', (event) => {
    if (isFilter(event.target)) void search.loadCounts();
  });
  form.addEventListener('pointerover', (event) => {
    if (event.target instanceof Element && event.target.closest('fieldset')) void search.loadCounts();
  });
  more.addEventListener('click', () => void search.showNext());
  return searchNow;
}

function start(page: Page): void {
  if (!supported()) return;
  page.root.classList.add('search--ready');
  const searchNow = listen(page, session(page));
  // The URL's query and filters (a shared link, a reload, the form sent without JavaScript).
  writeForm(page.form, page.input, readState(location.search, filterNames(page.form)));
  showActiveFilters(page);
  searchNow();
}

const page = findPage();
if (page) start(page);
