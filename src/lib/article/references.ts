/** How a reference list orders and punctuates its entries. */
import type { Reference } from '../../schemas/reference';

type Entry = Pick<Reference, 'authors' | 'year' | 'title' | 'citedAs'>;

/** What an entry starts with as printed: its first author, else its title, else its label. */
const start = (entry: Entry): string => entry.authors?.[0] ?? entry.title ?? entry.citedAs;

/** Orders entries by what the reader sees first (author or title), then year, then title. */
export function byEntryStart(a: Entry, b: Entry): number {
  return (
    start(a).localeCompare(start(b), 'en') ||
    (a.year ?? Infinity) - (b.year ?? Infinity) ||
    (a.title ?? '').localeCompare(b.title ?? '', 'en')
  );
}

/** Whether a title or publisher already ends a sentence (‘What is town twinning?’), so no full stop follows. */
export function endsSentence(text: string): boolean {
  return /[.?!]$/u.test(text.trim());
}
