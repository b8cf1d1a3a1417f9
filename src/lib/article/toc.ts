/** What the article pages need from the sections: numbers, headings and the table of contents. */
import type { MarkdownHeading } from 'astro';
import { sectionId } from './markdown/block-ids';

export interface TocEntry {
  id: string;
  number: number;
  title: string;
  children: { id: string; title: string }[];
}

/** The table of contents: each section with its sub-section headings. */
export function tableOfContents(sections: { number: number; title: string; headings: MarkdownHeading[] }[]): TocEntry[] {
  return sections.map(({ number, title, headings }) => ({
    id: sectionId(number),
    number,
    title,
    children: headings.filter((h) => h.depth === 3).map((h) => ({ id: h.slug, title: h.text })),
  }));
}
