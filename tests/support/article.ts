/**
 * The article's sections as the markdown pipeline reads them, for tests: each MDX file compiled
 * with the same plugins astro.config.mjs gives Astro (src/lib/article/markdown/pipeline.ts), and
 * the record the pipeline leaves on the file. No test reads MDX text any other way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { ARTICLE } from '../../src/registry/article';
import { rehypePlugins, remarkPlugins } from '../../src/lib/article/markdown/pipeline';
import type { SectionRecord } from '../../src/lib/article/markdown/article-blocks';

export interface CompiledSection {
  /** `content/article/ko/01-x.mdx`. */
  file: string;
  slug: string;
  /** The frontmatter title. */
  title: string;
  record: SectionRecord;
}

/** Splits `---\nyaml\n---\nbody` as Astro does before MDX sees the body. */
function frontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { data: (parse(match[1] ?? '') ?? {}) as Record<string, unknown>, body: match[2] ?? '' } : { data: {}, body: text };
}

/** Compiles one section's MDX (at `file`, or the given text as if it were there) and returns the pipeline's record. */
export async function compileSection(file: string, text = readFileSync(file, 'utf8')): Promise<CompiledSection> {
  const { data, body } = frontmatter(text);
  const vfile = new VFile({ path: file, value: body });
  await compile(vfile, { remarkPlugins, rehypePlugins });
  const record = (vfile.data as { article?: SectionRecord }).article;
  if (!record) throw new Error(`${file}: the pipeline recorded nothing (not an article section path?)`);
  const slug = file.split('/').at(-1)!.replace(/\.mdx$/, '');
  return { file, slug, title: String(data['title'] ?? ''), record };
}

/** Every section of one edition, in order. */
export async function compileEdition(lang: 'ko' | 'en'): Promise<CompiledSection[]> {
  const folder = `${ARTICLE.sections.base}/${lang}`;
  const files = readdirSync(folder).filter((f) => f.endsWith('.mdx')).sort();
  return Promise.all(files.map((f) => compileSection(`${folder}/${f}`)));
}
