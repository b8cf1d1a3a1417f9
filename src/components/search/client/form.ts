/**
 * The search form as the script reads and sets it: the query, and one group of radio buttons per
 * filter (`<fieldset data-search-filter="kind">`). Which filters exist is read from the form, so
 * the page decides them (the kinds of page, each strategy table's groups).
 */
import type { SearchState } from '../../../lib/search/page-state';

/** The filter names, in the form's order. */
export function filterNames(form: HTMLFormElement): string[] {
  return [...form.querySelectorAll<HTMLElement>('[data-search-filter]')].map((fieldset) => fieldset.dataset['searchFilter'] ?? '').filter(Boolean);
}

/** The radio buttons of one filter, or of all. */
export function choices(form: HTMLFormElement, name?: string): HTMLInputElement[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[type="radio"]${name ? `[name="${CSS.escape(name)}"]` : ''}`)];
}

/** What the form holds now. */
export function readForm(form: HTMLFormElement, input: HTMLInputElement): SearchState {
  return {
    query: input.value.trim(),
    filters: Object.fromEntries(
      filterNames(form).map((name) => [name, choices(form, name).filter((choice) => choice.checked && choice.value !== '').map((choice) => choice.value)]),
    ),
  };
}

/** Sets the form to a state (from the URL): the query, and in each filter the first value it names, or "all". */
export function writeForm(form: HTMLFormElement, input: HTMLInputElement, state: SearchState): void {
  input.value = state.query;
  for (const name of filterNames(form)) {
    const wanted = state.filters[name]?.[0] ?? '';
    const choice = choices(form, name).find((c) => c.value === wanted) ?? choices(form, name).find((c) => c.value === '');
    if (choice) choice.checked = true;
  }
}

/** The label the page gives each value of a filter (the kinds' names, to label results). */
export function optionLabels(form: HTMLFormElement, name: string): Map<string, string> {
  return new Map(
    [...form.querySelectorAll<HTMLElement>(`[data-search-filter="${CSS.escape(name)}"] [data-filter-option]`)].map((label) => [
      label.dataset['filterOption'] ?? '',
      label.querySelector('span')?.textContent ?? '',
    ]),
  );
}

/** The labels of the values chosen in the filters ("all" left out), in the form's order. */
export function chosenLabels(form: HTMLFormElement): string[] {
  return choices(form)
    .filter((choice) => choice.checked && choice.value !== '')
    .map((choice) => choice.closest('label')?.querySelector('span')?.textContent?.trim() || choice.value);
}

/** Shows each filter value's count; on the first call, hides the values no page has. */
export function showCounts(form: HTMLFormElement, counts: Record<string, Record<string, number>>, first = false): void {
  for (const choice of choices(form)) {
    if (choice.value === '') continue;
    const count = counts[choice.name]?.[choice.value] ?? 0;
    const label = choice.closest('label');
    const slot = label?.querySelector('[data-filter-count]');
    if (slot) slot.textContent = `(${count})`;
    if (first && label && count === 0 && !choice.checked) label.hidden = true;
  }
}
