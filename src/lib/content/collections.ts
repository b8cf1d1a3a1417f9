/**
 * The one door from pages to content. Loads every collection of registry/collections.ts once,
 * renders the article's sections once (the markdown pipeline records their blocks), checks the
 * links between them (a broken one fails the build, naming file, entry and field) and hands out
 * typed, ordered data.
 */
import type { MarkdownHeading } from 'astro';
import type { z } from 'astro/zod';
import type { textOverride } from '../../schemas/localized';
import { getCollection, render } from 'astro:content';
import { LOCALES, type Lang } from '../../i18n/locales';
import { ARTICLE_SECTIONS, YAML_COLLECTIONS, type YamlCollectionName } from '../../registry/collections';
import { sectionRecordOf, type SectionRecord } from '../article/markdown/article-blocks';
import { ContentError } from './errors';
import { integrityProblems } from './integrity';
import { ordered, type DataContent, type Entry } from './read';

/** One section of the article in one language, rendered once. */
export interface ArticleSection {
  /** `ko/01-diplomacy-in-transition`. */
  id: string;
  lang: Lang;
  /** `01-diplomacy-in-transition`: the same in both languages. */
  slug: string;
  /** The section number (the file name's NN). */
  number: number;
  /** The section heading. */
  title: string;
  /** The MDX file, from the project root. */
  file: string;
  /** The rendered section, to be given the MDX components. */
  Content: Awaited<ReturnType<typeof render>>['Content'];
  headings: MarkdownHeading[];
  /** What the markdown pipeline recorded of its blocks and components. */
  record: SectionRecord;
  /** Blocks whose provenance differs from the edition's (an English paragraph quoting published wording), by block id. */
  provenance: Readonly<Record<string, z.infer<typeof textOverride>>>;
}

export type Content = DataContent & {
  /** The article's sections per language, in order. */
  article: Record<Lang, ArticleSection[]>;
};

async function loadSections(): Promise<Record<Lang, ArticleSection[]>> {
  const entries = (await getCollection(ARTICLE_SECTIONS.name)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sections = await Promise.all(
    entries.map(async (entry): Promise<ArticleSection> => {
      const file = entry.filePath ?? `${ARTICLE_SECTIONS.base}/${entry.id}.mdx`;
      const { Content, headings, remarkPluginFrontmatter } = await render(entry);
      const record = sectionRecordOf(remarkPluginFrontmatter, file);
      const [, slug = entry.id] = entry.id.split('/');
      return { id: entry.id, lang: record.lang, slug, number: record.number, title: entry.data.title, file, Content, headings, record, provenance: entry.data.provenance ?? {} };
    }),
  );
  return Object.fromEntries(LOCALES.map((lang) => [lang, sections.filter((s) => s.lang === lang)])) as Record<Lang, ArticleSection[]>;
}

async function loadAll(): Promise<Content> {
  const names = Object.keys(YAML_COLLECTIONS) as YamlCollectionName[];
  const lists = await Promise.all(names.map((name) => getCollection(name)));
  const data = Object.fromEntries(names.map((name, i) => [name, ordered(name, lists[i] as unknown as Entry<never>[])])) as DataContent;
  const article = await loadSections();
  const problems = integrityProblems(data, article);
  if (problems.length > 0) throw new ContentError('content/', problems);
  return { ...data, article };
}

let cached: Promise<Content> | undefined;
/** All content, loaded and checked once per build. */
export function loadContent(): Promise<Content> {
  cached ??= loadAll();
  return cached;
}

/** The article's sections in one language, in order. */
export async function getSections(lang: Lang): Promise<ArticleSection[]> {
  return (await loadContent()).article[lang];
}
